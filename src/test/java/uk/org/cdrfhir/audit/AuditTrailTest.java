package uk.org.cdrfhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
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

	private List<AuditEvent> events(DemoClient reader, String search) throws Exception {
		HttpResponse<String> response = get(reader, search);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ((Bundle) parse(response.body())).getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource).filter(AuditEvent.class::isInstance).map(AuditEvent.class::cast).toList();
	}

}
