package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.RuntimeChildResourceBlockDefinition;
import ca.uhn.fhir.context.RuntimeChildResourceDefinition;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * Every write a designated doctor may make (each type they may create or update) with each of its
 * reference elements (top level, in its backbone elements, and in an extension) pointing at a record
 * of their own area, of the other area, and at one that does not exist: their own is accepted; the
 * other two are refused, with answers that differ only in the id asked about. The elements come
 * from the FHIR definitions of each type, so a type or element added to what doctors may write is
 * swept too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteScopeSweepTest extends FhirServerTestBase {

	/** Stored records of a case a reference may point at, of these types (most specific first). */
	private static final List<String> TARGET_TYPES = List.of("EpisodeOfCare", "Patient", "Task", "Observation", "Bundle");

	@Autowired
	private CdrPackage cdrPackage;

	private CaseRecordIds own;
	private CaseRecordIds other;

	record CaseRecordIds(String caseId, String child, String task, String observation, String notification) {
		String of(String type) {
			return switch (type) {
				case "EpisodeOfCare" -> caseId;
				case "Patient" -> child;
				case "Task" -> task;
				case "Observation" -> observation;
				default -> notification;
			};
		}
	}

	/** A reference element of a type: its path (one or two names deep) and the target type chosen for it. */
	record ReferenceElement(String resourceType, List<String> path, String targetType) {
		@Override
		public String toString() {
			return resourceType + "." + String.join(".", path) + " -> " + targetType;
		}
	}

	@BeforeAll
	void aCaseInEachArea() throws Exception {
		createClient();
		own = caseAt("MK40 1SJ");
		other = caseAt("LU3 2SR");
	}

	private CaseRecordIds caseAt(String postcode) throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt(postcode));
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(caseId).execute();
		String child = episode.getPatient().getReferenceElement().getIdPart();
		String notification = ((Reference) episode.getExtensionByUrl(CdrUrls.CASE_NOTIFICATION).getValue())
				.getReferenceElement().getIdPart();
		String task = ((org.hl7.fhir.r4.model.Bundle) parse(get("/fhir/Task?focus=EpisodeOfCare/" + caseId).body()))
				.getEntryFirstRep().getResource().getIdElement().getIdPart();
		String observation = client.create().resource(new Observation().setStatus(Observation.ObservationStatus.FINAL)
				.setCode(new CodeableConcept().setText("note")).setSubject(new Reference("Patient/" + child)))
				.execute().getId().getIdPart();
		return new CaseRecordIds(caseId, child, task, observation, notification);
	}

	@TestFactory
	Stream<DynamicTest> everyReferenceADoctorWritesIsCheckedForWhatItPointsAt() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String type : AccessPolicy.DOCTOR_CREATES) {
			for (ReferenceElement element : referenceElements(type)) {
				tests.add(DynamicTest.dynamicTest("create " + element, () -> sweepCreate(element)));
			}
		}
		for (String type : AccessPolicy.DOCTOR_UPDATES) {
			if (type.equals("EpisodeOfCare")) {
				continue; // what a case points at is the routing's (CaseOwnsItsRecordsTest, CaseRoutingGuardInterceptor)
			}
			for (ReferenceElement element : referenceElements(type)) {
				tests.add(DynamicTest.dynamicTest("update " + element, () -> sweepUpdate(element)));
			}
		}
		assertThat(tests).as("the sweep found reference elements to try").hasSizeGreaterThan(40);
		return tests.stream();
	}

	private void sweepCreate(ReferenceElement element) throws Exception {
		HttpResponse<String> ownArea = create(element, own.of(element.targetType()));
		HttpResponse<String> otherArea = create(element, other.of(element.targetType()));
		HttpResponse<String> missing = create(element, CaseOwnsItsRecordsTest.MISSING_ID);

		assertThat(ownArea.statusCode()).as(element + ": " + ownArea.body()).isEqualTo(201);
		assertThat(otherArea.statusCode()).as(element + ": " + otherArea.body()).isEqualTo(422);
		CaseOwnsItsRecordsTest.assertSameAnswer(otherArea, other.of(element.targetType()), missing, CaseOwnsItsRecordsTest.MISSING_ID);
	}

	private void sweepUpdate(ReferenceElement element) throws Exception {
		Resource stored = minimal(element.resourceType());
		HttpResponse<String> created = post(DemoClient.DOCTOR_BEDFORDSHIRE, "/" + element.resourceType(), "application/fhir+json",
				bytes(stored));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = location(created);

		HttpResponse<String> ownArea = update(element, id, own.of(element.targetType()));
		HttpResponse<String> otherArea = update(element, id, other.of(element.targetType()));
		HttpResponse<String> missing = update(element, id, CaseOwnsItsRecordsTest.MISSING_ID);

		assertThat(ownArea.statusCode()).as(element + ": " + ownArea.body()).isEqualTo(200);
		assertThat(otherArea.statusCode()).as(element + ": " + otherArea.body()).isEqualTo(422);
		CaseOwnsItsRecordsTest.assertSameAnswer(otherArea, other.of(element.targetType()), missing, CaseOwnsItsRecordsTest.MISSING_ID);
	}

	private HttpResponse<String> create(ReferenceElement element, String targetId) throws Exception {
		Resource resource = pointing(element, targetId);
		return post(DemoClient.DOCTOR_BEDFORDSHIRE, "/" + element.resourceType(), "application/fhir+json", bytes(resource));
	}

	private HttpResponse<String> update(ReferenceElement element, String id, String targetId) throws Exception {
		Resource resource = pointing(element, targetId);
		resource.setId(element.resourceType() + "/" + id);
		return send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", "/" + element.resourceType() + "/" + id,
				fhirContext.newJsonParser().encodeResourceToString(resource));
	}

	/** A minimal record of the element's type whose element points at the target. */
	private Resource pointing(ReferenceElement element, String targetId) {
		Resource resource = minimal(element.resourceType());
		Reference reference = new Reference(element.targetType() + "/" + targetId);
		if (element.path().get(0).equals("extension")) {
			((org.hl7.fhir.r4.model.DomainResource) resource).addExtension("https://example.org/StructureDefinition/about", reference);
			return resource;
		}
		BaseRuntimeElementCompositeDefinition<?> definition = fhirContext.getResourceDefinition(resource);
		IBase parent = resource;
		for (int i = 0; i < element.path().size() - 1; i++) {
			BaseRuntimeChildDefinition block = definition.getChildByName(element.path().get(i));
			BaseRuntimeElementCompositeDefinition<?> blockDefinition =
					(BaseRuntimeElementCompositeDefinition<?>) block.getChildByName(element.path().get(i));
			IBase child = blockDefinition.newInstance();
			block.getMutator().addValue(parent, child);
			parent = child;
			definition = blockDefinition;
		}
		definition.getChildByName(element.path().get(element.path().size() - 1)).getMutator().addValue(parent, reference);
		return resource;
	}

	private static Resource minimal(String type) {
		return switch (type) {
			case "Task" -> new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
			case "Observation" -> new Observation().setStatus(Observation.ObservationStatus.FINAL)
					.setCode(new CodeableConcept().setText("finding"));
			case "QuestionnaireResponse" -> new QuestionnaireResponse()
					.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
			case "Communication" -> new Communication().setStatus(Communication.CommunicationStatus.COMPLETED);
			default -> throw new IllegalArgumentException("no minimal " + type + ": add one for the sweep");
		};
	}

	/** The type's reference elements that may point at a record of a case, one or two names deep, and an extension. */
	private List<ReferenceElement> referenceElements(String type) {
		List<ReferenceElement> elements = new ArrayList<>();
		elements.add(new ReferenceElement(type, List.of("extension"), "EpisodeOfCare"));
		collect(type, fhirContext.getResourceDefinition(type), List.of(), elements);
		return elements;
	}

	private void collect(String type, BaseRuntimeElementCompositeDefinition<?> definition, List<String> parents,
			List<ReferenceElement> elements) {
		for (BaseRuntimeChildDefinition child : definition.getChildren()) {
			List<String> path = new ArrayList<>(parents);
			path.add(child.getElementName());
			if (child instanceof RuntimeChildResourceDefinition reference) {
				targetType(reference).ifPresent(target -> elements.add(new ReferenceElement(type, path, target)));
			} else if (child instanceof RuntimeChildResourceBlockDefinition block && parents.isEmpty()) {
				collect(type, (BaseRuntimeElementCompositeDefinition<?>) block.getChildByName(child.getElementName()), path, elements);
			}
		}
	}

	private static Optional<String> targetType(RuntimeChildResourceDefinition reference) {
		List<String> allowed = reference.getResourceTypes().stream().map(Class::getSimpleName).toList();
		if (allowed.contains("Resource") || allowed.contains("IBaseResource") || allowed.contains("IAnyResource")) {
			return Optional.of("EpisodeOfCare");
		}
		return TARGET_TYPES.stream().filter(allowed::contains).findFirst();
	}

	private static String location(HttpResponse<String> created) {
		String location = created.headers().firstValue("Location").orElseThrow();
		String[] parts = location.split("/_history")[0].split("/");
		return parts[parts.length - 1];
	}

	private byte[] bytes(IBaseResource resource) {
		return fhirContext.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}
}
