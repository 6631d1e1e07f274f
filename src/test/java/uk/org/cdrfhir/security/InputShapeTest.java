package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;

/** What a request body may hold, checked on its text before it is parsed. */
class InputShapeTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final InputLimits LIMITS = new InputLimits(200, 250, 50, 32);
	private final InputShape shape = new InputShape(FHIR, LIMITS);

	@Test
	void aBundleOfTenThousandEntriesExceedsTheEntriesOfABundle() {
		Optional<InputShape.Exceeded> exceeded = shape.firstExceeded(json(bundleOf(Bundle.BundleType.DOCUMENT, 10_000)),
				EncodingEnum.JSON);

		assertThat(exceeded).hasValueSatisfying(found -> {
			assertThat(found.setting()).isEqualTo("max-entries");
			assertThat(found.limit()).isEqualTo(200);
			assertThat(found.expression()).isEqualTo("Bundle.entry");
		});
	}

	@Test
	void theSameInXml() {
		String xml = FHIR.newXmlParser().encodeResourceToString(bundleOf(Bundle.BundleType.TRANSACTION, 10_000));

		assertThat(shape.firstExceeded(xml.getBytes(StandardCharsets.UTF_8), EncodingEnum.XML))
				.hasValueSatisfying(found -> assertThat(found.expression()).isEqualTo("Bundle.entry"));
	}

	@Test
	void aBundleAtTheMaximumAndAMessageHoldingItPass() {
		Bundle document = bundleOf(Bundle.BundleType.DOCUMENT, 200);
		Bundle message = new Bundle().setType(Bundle.BundleType.MESSAGE);
		message.addEntry().setResource(new org.hl7.fhir.r4.model.MessageHeader());
		message.addEntry().setResource(document);

		assertThat(shape.firstExceeded(json(document), EncodingEnum.JSON)).isEmpty();
		assertThat(shape.firstExceeded(json(message), EncodingEnum.JSON)).isEmpty();
		assertThat(shape.firstExceeded(FHIR.newXmlParser().encodeResourceToString(message).getBytes(StandardCharsets.UTF_8),
				EncodingEnum.XML)).isEmpty();
	}

	@Test
	void bundlesInsideABundleCountTogether() {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().setResource(bundleOf(Bundle.BundleType.DOCUMENT, 150));
		batch.addEntry().setResource(bundleOf(Bundle.BundleType.DOCUMENT, 150));

		assertThat(shape.firstExceeded(json(batch), EncodingEnum.JSON)).hasValueSatisfying(found -> {
			assertThat(found.setting()).isEqualTo("max-entries-per-request");
			assertThat(found.expression()).isEqualTo("Bundle.entry[1].resource.ofType(Bundle).entry");
		});
	}

	@Test
	void repeatsOfAnElementAreNamedAsFhirPathIntoTheBody() {
		Bundle document = bundleOf(Bundle.BundleType.DOCUMENT, 2);
		Patient child = (Patient) document.getEntry().get(1).getResource();
		for (int i = 0; i <= 50; i++) {
			child.addName().setFamily("Name" + i);
		}

		Optional<InputShape.Exceeded> exceeded = shape.firstExceeded(json(document), EncodingEnum.JSON);

		assertThat(exceeded).hasValueSatisfying(found -> {
			assertThat(found.setting()).isEqualTo("max-repeats");
			assertThat(found.expression()).isEqualTo("Bundle.entry[1].resource.ofType(Patient).name");
			assertFindsAnElement(document, found.expression());
		});
	}

	@Test
	void aChoiceElementIsNamedAsInFhirPath() {
		Observation observation = new Observation();
		CodeableConcept value = new CodeableConcept();
		for (int i = 0; i <= 50; i++) {
			value.addCoding().setCode("c" + i);
		}
		observation.setValue(value);

		assertThat(shape.firstExceeded(json(observation), EncodingEnum.JSON)).hasValueSatisfying(found -> {
			assertThat(found.expression()).isEqualTo("Observation.value.coding");
			assertFindsAnElement(observation, found.expression());
		});
	}

	@Test
	void extensionsNestedTwoHundredDeepExceedTheDepth() {
		Bundle document = bundleOf(Bundle.BundleType.DOCUMENT, 2);
		Extension extension = ((Patient) document.getEntry().get(1).getResource()).addExtension().setUrl("https://example.org/x");
		for (int i = 0; i < 200; i++) {
			extension = extension.addExtension().setUrl("https://example.org/x");
		}
		extension.setValue(new StringType("deep"));

		assertThat(shape.firstExceeded(json(document), EncodingEnum.JSON)).hasValueSatisfying(found -> {
			assertThat(found.setting()).isEqualTo("max-depth");
			assertThat(found.expression()).startsWith("Bundle.entry[1].resource.ofType(Patient).extension[0].extension[0]");
			assertFindsAnElement(document, found.expression());
		});
		assertThat(shape.firstExceeded(FHIR.newXmlParser().encodeResourceToString(document).getBytes(StandardCharsets.UTF_8),
				EncodingEnum.XML)).hasValueSatisfying(found -> assertThat(found.setting()).isEqualTo("max-depth"));
	}

	@Test
	void aBodyThatIsNotWellFormedIsLeftToTheParser() {
		assertThat(shape.firstExceeded("{\"resourceType\": \"Bundle\", \"entry\": [".getBytes(StandardCharsets.UTF_8),
				EncodingEnum.JSON)).isEmpty();
		assertThat(shape.firstExceeded("<Bundle xmlns=\"http://hl7.org/fhir\"><entry>".getBytes(StandardCharsets.UTF_8),
				EncodingEnum.XML)).isEmpty();
	}

	static Bundle bundleOf(Bundle.BundleType type, int entries) {
		Bundle bundle = new Bundle().setType(type);
		for (int i = 0; i < entries; i++) {
			Patient patient = new Patient();
			patient.addName().setFamily("Entry" + i);
			Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl("urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", i))
					.setResource(patient);
			if (type == Bundle.BundleType.TRANSACTION || type == Bundle.BundleType.BATCH) {
				entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
			}
		}
		return bundle;
	}

	private static byte[] json(IBaseResource resource) {
		return FHIR.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static void assertFindsAnElement(IBaseResource resource, String expression) {
		List<IBase> found = FHIR.newFhirPath().evaluate(resource, expression, IBase.class);
		assertThat(found).as(expression).isNotEmpty();
	}
}
