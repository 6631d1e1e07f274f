package uk.org.cdrfhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What of a request's target the audit trail keeps: structure yes, credentials and identifiers no. */
class QueryRedactionTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
		"GET /fhir/Task?_count=10&status=requested; GET /fhir/Task?_count=10&status=requested",
		"GET /fhir/Task?access_token=eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl; GET /fhir/Task?access_token=[redacted]",
		"GET /fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9434765919; GET /fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|[redacted]",
		"GET /fhir/Patient?identifier=9434765919; GET /fhir/Patient?identifier=[redacted]",
		"GET /fhir/Task?subject:Patient.identifier=x|H123456; GET /fhir/Task?subject:Patient.identifier=x|[redacted]",
		"GET /fhir/Patient?family:exact=Marsh&birthdate=2026-02-09; GET /fhir/Patient?family:exact=[redacted]&birthdate=[redacted]",
		"GET /fhir/Task?_content=943%20476%205919; GET /fhir/Task?_content=[redacted]",
		"GET /fhir/Task?code=943+476+5919; GET /fhir/Task?code=[redacted]",
		"GET /fhir/Patient/9434765919; GET /fhir/Patient/[redacted]",
		"GET /fhir/Task?_id=1234567890; GET /fhir/Task?_id=1234567890",
		"GET /fhir/Patient?identifier=%ZZ9434765919; GET /fhir/Patient?identifier=[redacted]",
		"GET /fhir/metadata; GET /fhir/metadata"})
	void keepsTheRequestsShapeButNoCredentialOrIdentifier(String sent, String kept) {
		assertThat(QueryRedaction.redact(sent)).isEqualTo(kept);
	}
}
