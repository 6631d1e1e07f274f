package uk.org.cdrfhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/** The audit trail as its readers use it: who viewed a case, and a log nobody can rewrite. */
class AuditTrailTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	@Test
	void designatedDoctorSeesWhoViewedTheirCaseAndTheOtherAreaDoesNot() throws Exception {
		String bedsCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		assertThat(get(DemoClient.CDR_MANAGER, "/fhir/EpisodeOfCare/" + bedsCase).statusCode()).isEqualTo(200);

		List<AuditEvent> seenByBedfordshire = events(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/AuditEvent?entity=EpisodeOfCare/" + bedsCase);
		assertThat(seenByBedfordshire)
				.anySatisfy(event -> {
					assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(DemoClient.CDR_MANAGER.clientId());
					assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
					assertThat(event.getOutcome().toCode()).isEqualTo("0");
				});
		assertThat(events(DemoClient.DOCTOR_LUTON, "/fhir/AuditEvent?entity=EpisodeOfCare/" + bedsCase)).isEmpty();
	}

	@Test
	void aCaseReadOrFoundInsideABatchIsRecordedAsSeen() throws Exception {
		String readCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		String foundCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("EpisodeOfCare/" + readCase);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("EpisodeOfCare?_id=" + foundCase);
		HttpResponse<String> answered = post(DemoClient.CDR_MANAGER, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(answered.body()).as("the records are in the answer").contains("\"id\":\"" + readCase + "\"",
				"EpisodeOfCare/" + foundCase);

		for (String seen : List.of(readCase, foundCase)) {
			assertThat(events(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?entity=EpisodeOfCare/" + seen))
					.as("the batch's event names EpisodeOfCare/" + seen)
					.anySatisfy(event -> assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue())
							.isEqualTo(DemoClient.CDR_MANAGER.clientId()));
		}
	}

	@Test
	void aDoctorsBatchOfSearchesIsRecordedSearchBySearchAndTheirOwnTrailShowsIt() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		String bedsCase = notifyCase(notification);
		String marker = "marker-" + UUID.randomUUID();
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?_tag=" + marker + "&_summary=count");
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("EpisodeOfCare?_id=" + bedsCase);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET)
				.setUrl("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + notification.nhsNumber());
		HttpResponse<String> answered = post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

		// the doctor's own trail (their area's events) shows the batch that saw their case, with its searches
		List<String> searched = queries(events(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/AuditEvent?entity=EpisodeOfCare/" + bedsCase
				+ "&altid=" + DemoClient.DOCTOR_BEDFORDSHIRE.clientId()));
		assertThat(searched).anySatisfy(query -> assertThat(query).startsWith("GET Task?_tag=" + marker + "&_summary=count"));
		assertThat(searched).anySatisfy(query -> assertThat(query).startsWith("GET EpisodeOfCare?_id=" + bedsCase));
		assertThat(searched).anySatisfy(query -> assertThat(query).startsWith("GET Patient?identifier="));
		assertThat(String.join("\n", searched)).doesNotContain(notification.nhsNumber());
	}

	@Test
	void aRefusedRequestIsRecordedWithWhoAndWhy() throws Exception {
		assertThat(get(DemoClient.ICS_ANALYST, "/fhir/Patient?_count=1").statusCode()).isEqualTo(403);

		List<AuditEvent> refused = events(DemoClient.ADMINISTRATOR,
				"/fhir/AuditEvent?altid=" + DemoClient.ICS_ANALYST.clientId() + "&outcome=4&_sort=-date&_count=1");
		assertThat(refused).hasSize(1);
		assertThat(refused.get(0).getOutcomeDesc()).contains("403");
		assertThat(new String(refused.get(0).getEntityFirstRep().getQuery(), StandardCharsets.UTF_8)).contains("Patient");
	}

	@Test
	void nobodyCanChangeOrDeleteAnAuditEvent() throws Exception {
		assertThat(get(DemoClient.PANEL_MEMBER, "/fhir/Composition?_count=1").statusCode()).isEqualTo(200); // one access at least
		AuditEvent event = events(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?altid=" + DemoClient.PANEL_MEMBER.clientId()
				+ "&_sort=-date&_count=1").get(0);
		String id = event.getIdElement().getIdPart();
		String json = fhirContext.newJsonParser().encodeResourceToString(event.setOutcomeDesc("rewritten"));

		for (DemoClient role : DemoClient.values()) {
			assertThat(send(role, "PUT", "/AuditEvent/" + id, json).statusCode()).as(role + " PUT").isBetween(400, 499);
			assertThat(send(role, "DELETE", "/AuditEvent/" + id, null).statusCode()).as(role + " DELETE").isBetween(400, 499);
		}
		HttpResponse<String> after = get(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent/" + id);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).doesNotContain("rewritten");
	}

	@Test
	void aDesignatedDoctorSeesOnlyTheirOwnAreaOfAnAccessThatSpannedSeveralAreas() throws Exception {
		String bedsCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		String lutonCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		HttpResponse<String> search = get(DemoClient.CDR_MANAGER, "/fhir/EpisodeOfCare?_id=" + bedsCase + "," + lutonCase);
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(((Bundle) parse(search.body())).getEntry()).hasSize(2);

		for (DemoClient doctor : List.of(DemoClient.DOCTOR_BEDFORDSHIRE, DemoClient.DOCTOR_LUTON)) {
			String own = doctor == DemoClient.DOCTOR_BEDFORDSHIRE ? bedsCase : lutonCase;
			String other = doctor == DemoClient.DOCTOR_BEDFORDSHIRE ? lutonCase : bedsCase;
			List<AuditEvent> seen = events(doctor, "/fhir/AuditEvent?entity=EpisodeOfCare/" + own);
			assertThat(seen).as(doctor + " sees the manager's search").anySatisfy(event -> {
				assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(DemoClient.CDR_MANAGER.clientId());
				assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
			});
			assertThat(seen).as(doctor + " sees nothing of the other area").allSatisfy(event -> {
				assertThat(event.getEntity()).noneSatisfy(entity -> assertThat(entity.getWhat().getReference())
						.isEqualTo("EpisodeOfCare/" + other));
				assertThat(event.getEntity()).noneMatch(entity -> entity.hasQuery()
						&& new String(entity.getQuery(), StandardCharsets.UTF_8).contains(other));
			});
		}
		assertThat(events(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?entity=EpisodeOfCare/" + bedsCase))
				.as("the administrator's full view").anySatisfy(event -> {
					assertThat(event.getEntity()).extracting(entity -> entity.getWhat().getReference())
							.contains("EpisodeOfCare/" + bedsCase, "EpisodeOfCare/" + lutonCase);
					assertThat(queries(List.of(event))).singleElement().asString().contains(bedsCase + "," + lutonCase);
				});
	}

	@Test
	void aTokenSentInTheQueryStringIsNotKeptInTheAuditTrail() throws Exception {
		String token = token(DemoClient.CDR_MANAGER);
		String marker = "marker-" + UUID.randomUUID();
		assertThat(getAnonymously("/fhir/Task?_tag=" + marker + "&access_token=" + token).statusCode()).isEqualTo(401);

		List<String> queries = queries(events(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?outcome=4&_sort=-date&_count=50"));
		assertThat(queries).anySatisfy(query -> assertThat(query).contains(marker).contains("access_token="));
		assertThat(String.join("\n", queries)).doesNotContain(token);
	}

	@Test
	void anNhsNumberInAQueryStringIsNotKeptInTheAuditTrail() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		notifyCase(notification);
		String nhsNumber = notification.nhsNumber();
		String spaced = nhsNumber.substring(0, 3) + "%20" + nhsNumber.substring(3, 6) + "%20" + nhsNumber.substring(6);
		assertThat(get(DemoClient.CDR_MANAGER, "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + nhsNumber)
				.statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.CDR_MANAGER, "/fhir/Task?_content=" + spaced).statusCode()).isBetween(200, 499);

		List<String> queries = queries(events(DemoClient.ADMINISTRATOR,
				"/fhir/AuditEvent?altid=" + DemoClient.CDR_MANAGER.clientId() + "&_sort=-date&_count=5"));
		assertThat(queries).anySatisfy(query -> assertThat(query).contains("Patient?identifier="));
		assertThat(String.join("\n", queries)).doesNotContain(nhsNumber).doesNotContain(spaced);
	}

	@Test
	void theHistoryOfADeletedRecordIsShownAndAudited() throws Exception {
		PractitionerRole role = new PractitionerRole();
		role.setActive(true);
		String id = as(DemoClient.ADMINISTRATOR).create().resource(role).execute().getId().getIdPart();
		as(DemoClient.ADMINISTRATOR).delete().resourceById("PractitionerRole", id).execute();

		HttpResponse<String> history = get(DemoClient.ADMINISTRATOR, "/fhir/PractitionerRole/" + id + "/_history");

		assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
		assertThat(events(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?altid=" + DemoClient.ADMINISTRATOR.clientId()
				+ "&subtype=history-instance&_sort=-date&_count=1")).singleElement().satisfies(event -> assertThat(
						event.getEntity()).anySatisfy(entity -> assertThat(entity.getWhat().getDisplay())
								.isEqualTo("PractitionerRole/" + id + " (deleted)")));
	}

	private static List<String> queries(List<AuditEvent> events) {
		return events.stream().flatMap(event -> event.getEntity().stream()).filter(AuditEvent.AuditEventEntityComponent::hasQuery)
				.map(entity -> new String(entity.getQuery(), StandardCharsets.UTF_8)).toList();
	}

	private List<AuditEvent> events(DemoClient reader, String search) throws Exception {
		HttpResponse<String> response = get(reader, search);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ((Bundle) parse(response.body())).getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource).filter(AuditEvent.class::isInstance).map(AuditEvent.class::cast).toList();
	}

}
