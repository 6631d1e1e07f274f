package uk.org.cdrfhir.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, for requests a well-behaved client would not send (a request target with
 * {@code ..}, {@code //} or bad encoding) or from a chosen local address (a proxy that is not trusted).
 */
public final class RawHttp {

	private static final int TIMEOUT_MILLIS = 30_000;

	/** An answer: status, headers as sent, body. */
	public record Answer(int status, List<String> headers, String body) {

		public Optional<String> header(String name) {
			return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
					.map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
		}

		public List<String> all(String name) {
			return headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
					.map(line -> line.substring(line.indexOf(':') + 1).trim()).toList();
		}
	}

	private RawHttp() {
	}

	/** GET {@code target} exactly as given, with extra header lines ("Name: value"), from 127.0.0.1. */
	public static Answer get(int port, String target, String... headers) throws IOException {
		return getFrom("127.0.0.1", port, target, headers);
	}

	/** As {@link #get}, from a chosen loopback address (e.g. 127.0.0.2). */
	public static Answer getFrom(String localAddress, int port, String target, String... headers) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static Answer parse(String response) {
		int end = response.indexOf("\r\n\r\n");
		String head = end < 0 ? response : response.substring(0, end);
		String body = end < 0 ? "" : response.substring(end + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
		return new Answer(status, headers, body);
	}
}
