package uk.org.cdrfhir.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.cdrfhir.config.FhirServerProperties;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Refuses request bodies larger than {@code hapi.fhir.max-request-body-bytes} with 413 and an
 * OperationOutcome, before anything parses them. A declared Content-Length is checked at once; a
 * chunked body is read up to the limit and no further.
 */
@Component
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;
	private final FhirContext fhirContext;

	public RequestBodyLimitFilter(FhirServerProperties properties, FhirContext fhirContext) {
		this.maxBytes = properties.getMaxRequestBodyBytes();
		this.fhirContext = fhirContext;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
			if (body.length > maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		// the rest of an oversized body is not worth reading: close the connection after answering
		response.setHeader("Connection", "close");
		OperationOutcomes.write(fhirContext, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				OperationOutcomes.error(IssueType.TOOLONG,
						"Request body is larger than this server accepts (" + maxBytes + " bytes)"));
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("asynchronous reads are not used");
				}
			};
		}
	}
}
