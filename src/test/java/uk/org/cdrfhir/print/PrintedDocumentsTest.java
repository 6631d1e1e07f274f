package uk.org.cdrfhir.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PrintedDocumentsTest {

	private final PrintedDocuments printed = new PrintedDocuments(templateEngine());

	@Test
	void everyPageIsMarkedAndNumberedAndTheTextIsTheTemplates() throws IOException {
		byte[] pdf = printed.pdf("print/test-document",
				Map.of("heading", "Panel pack", "line", "Agenda", "pages", List.of("Case one", "Case two")));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Panel pack");
			for (int page = 1; page <= 3; page++) {
				String text = textOf(document, page);
				assertThat(text).as("page %d", page).contains("OFFICIAL-SENSITIVE").contains("Page " + page + " of 3");
			}
			assertThat(textOf(document, 1)).contains("Panel pack", "Agenda");
			assertThat(textOf(document, 3)).contains("Case two");
		}
	}

	@Test
	void theFontsAreEmbeddedSoThePdfReadsTheSameEverywhere() throws IOException {
		byte[] pdf = printed.pdf("print/test-document", Map.of("heading", "Summary", "line", "Sex: female", "pages", List.of()));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			int fonts = 0;
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
				fonts++;
			}
			assertThat(fonts).isPositive();
		}
	}

	@Test
	void textThatLooksLikeMarkupIsPrintedAsText() throws IOException {
		String hostile = "<script>alert(1)</script> & </p><p>O'Brien";
		byte[] pdf = printed.pdf("print/test-document", Map.of("heading", "Summary", "line", hostile, "pages", List.of()));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(textOf(document, 1)).contains(hostile);
		}
	}

	private static String textOf(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
