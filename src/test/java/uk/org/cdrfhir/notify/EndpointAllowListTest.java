package uk.org.cdrfhir.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Endpoint prefixes name their hosts and compare as URLs, so look-alike hosts and user-info tricks do
 * not pass, and nothing is allowed unless configured.
 */
class EndpointAllowListTest {

	private final EndpointAllowList localOnly =
			new EndpointAllowList(List.of("http://localhost", "http://127.0.0.1"));

	private final EndpointAllowList oneSystem =
			new EndpointAllowList(List.of("https://Doctors.Example.nhs.uk/notify"));

	@ParameterizedTest
	@ValueSource(strings = {
		"http://localhost:9000/hook",
		"http://localhost/hook",
		"http://LocalHost:9000",
		"http://127.0.0.1:41234/notify?system=a"})
	void listedHostsAreAllowed(String endpoint) {
		assertThat(localOnly.allows(endpoint)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"http://169.254.169.254/latest/meta-data/",
		"https://169.254.169.254/latest/meta-data/",
		"https://10.0.0.1/",
		"https://doctors.example.nhs.uk/fhir",
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
	void unlistedHostsSchemesAndMalformedUrlsAreRefused(String endpoint) {
		assertThat(localOnly.allows(endpoint)).isFalse();
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
		assertThat(localOnly.allows(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"https://", "http://", "https:", "doctors.example.nhs.uk", "https:///notify", ""})
	void anEntryThatNamesNoHostIsRefusedAtStart(String entry) {
		assertThatThrownBy(() -> new EndpointAllowList(List.of(entry)))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cdr.subscriptions.allowed-endpoints");
	}

	@Test
	void withoutConfigurationNoEndpointIsAllowed() {
		SubscriptionProperties unconfigured = new Binder(new MapConfigurationPropertySource(Map.of()))
				.bindOrCreate("cdr.subscriptions", SubscriptionProperties.class);
		assertThat(unconfigured.allowedEndpoints()).isEmpty();
		assertThat(new EndpointAllowList(unconfigured.allowedEndpoints()).allows("https://doctors.example.nhs.uk/fhir")).isFalse();
	}
}
