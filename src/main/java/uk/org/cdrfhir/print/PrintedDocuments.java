package uk.org.cdrfhir.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * Documents printed as PDF from the same Thymeleaf HTML the server shows (panel summaries, panel
 * packs, the annual report). A printed template is well-formed XHTML laid out by
 * {@code templates/print/layout.html} and {@code static/css/print.css}: fonts embedded, pages
 * numbered, every page marked OFFICIAL-SENSITIVE. Templates rendered here have no web request, so they use no {@code @{...}} links.
 */
@Component
public class PrintedDocuments {

	/** The family every printed template names; embedded, so the PDF reads the same on any machine. */
	static final String FONT_FAMILY = "DejaVu Sans";
	// where the classpath keeps the stylesheets (found by a file, as a packaged jar may list no folders)
	private static final String STYLESHEETS = PrintedDocuments.class.getResource("/static/css/print.css")
			.toExternalForm().replaceFirst("print\\.css$", "");

	private final ITemplateEngine templates;
	private final byte[] regularFont = font("DejaVuSans.ttf");
	private final byte[] boldFont = font("DejaVuSans-Bold.ttf");
	// font metrics parsed once, not for every document
	private final FontMetricsCache fontMetrics = new FontMetricsCache();

	public PrintedDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The template as HTML, with the model's variables. */
	public String html(String template, Map<String, Object> model) {
		return templates.process(template, new Context(Locale.UK, model));
	}

	/** The template as PDF. */
	public byte[] pdf(String template, Map<String, Object> model) {
		return pdf(html(template, model));
	}

	/** Well-formed XHTML as PDF. */
	public byte[] pdf(String xhtml) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
		builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withProducer("cdr-fhir");
		builder.useUriResolver((base, uri) -> ownStylesheet(uri));
		// charts are the server's own SVG: drawn with no script and no external resource
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		builder.withHtmlContent(xhtml, null);
		builder.toStream(pdf);
		try {
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException("A printed document could not be written", e);
		}
		return pdf.toByteArray();
	}

	/**
	 * The server's own stylesheets, from the classpath; nothing else is fetched while printing. The
	 * renderer asks twice: for the link as written, then for the address it was given back.
	 */
	private static String ownStylesheet(String uri) {
		if (uri == null) {
			return null;
		}
		if (uri.matches("/css/[a-z-]+\\.css")) {
			URL stylesheet = PrintedDocuments.class.getResource("/static" + uri);
			return stylesheet == null ? null : stylesheet.toExternalForm();
		}
		return uri.startsWith(STYLESHEETS) && uri.substring(STYLESHEETS.length()).matches("[a-z-]+\\.css") ? uri : null;
	}

	private static byte[] font(String file) {
		try (InputStream in = PrintedDocuments.class.getResourceAsStream("/print/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("The printed documents' font " + file + " is missing from the build");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			return values.computeIfAbsent(key, k -> {
				try {
					return loader.call();
				} catch (Exception e) {
					throw new IllegalStateException("Font metrics for " + k + " could not be read", e);
				}
			});
		}

		@Override
		public FSCacheValue get(String key) {
			return values.get(key);
		}
	}
}
