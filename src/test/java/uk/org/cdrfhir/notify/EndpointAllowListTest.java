package uk.org.cdrfhir.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Endpoint prefixes compare as URLs, so look-alike hosts and user-info tricks do not pass. */
class EndpointAllowListTest {

	private final EndpointAllowList defaults =
			new EndpointAllowList(List.of("https://", "http://localhost", "http://127.0.0.1"));

	private final EndpointAllowList oneSystem =
			new EndpointAllowList(List.of("https://Doctors.Example.nhs.uk/notify"));

	@ParameterizedTest
	@ValueSource(strings = {
		"https://doctors.example.nhs.uk/fhir",
		"HTTPS://DOCTORS.EXAMPLE.NHS.UK/fhir",
		"http://localhost:9000/hook",
		"http://localhost/hook",
		"http://LocalHost:9000",
		"http://127.0.0.1:41234/notify?system=a"})
	void defaultsAllowHttpsAndLocalHttp(String endpoint) {
		assertThat(defaults.allows(endpoint)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"http://169.254.169.254/latest/meta-data/",
		"http://doctors.example.nhs.uk/fhir",
		"http://localhost.attacker.example/hook",
		"http://localhost@attacker.example/hook",
		"http://localhost:80@attacker.example/hook",
		"http://127.0.0.1.nip.io/hook",
		"ftp://localhost/hook",
		"channel:my-queue",
		"/relative/hook",
		"https://",
		"not a url",
		""})
	void defaultsRefuseOtherHostsSchemesAndMalformedUrls(String endpoint) {
		assertThat(defaults.allows(endpoint)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"https://doctors.example.nhs.uk/notify",
		"https://doctors.example.nhs.uk/notify/bedfordshire",
		"https://DOCTORS.example.nhs.uk/notify?area=luton"})
	void aPathPrefixAllowsThatPathAndBelow(String endpoint) {
		assertThat(oneSystem.allows(endpoint)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"https://doctors.example.nhs.uk/notifyother",
		"https://doctors.example.nhs.uk/notify/../admin",
		"https://doctors.example.nhs.uk/admin",
		"https://doctors.example.nhs.uk.attacker.example/notify"})
	void aPathPrefixRefusesSiblingsAndEscapes(String endpoint) {
		assertThat(oneSystem.allows(endpoint)).isFalse();
	}

	@Test
	void nullIsRefused() {
		assertThat(defaults.allows(null)).isFalse();
	}
}
