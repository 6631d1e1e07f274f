package uk.org.cdrfhir.security.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jose.jwk.JWKSet;

import uk.org.cdrfhir.security.SecurityProperties;

/**
 * Publishes the public keys of the demo systems that sign their client assertions, where the
 * embedded authorization server fetches them (as a real client would publish its JWKS).
 */
@RestController
@ConditionalOnProperty(prefix = "cdr.security.embedded-authorization-server", name = "enabled", havingValue = "true")
public class DemoClientKeysController {

	static final String PATH = "/auth/demo-clients/{clientId}/jwks.json";

	private final SecurityProperties properties;

	public DemoClientKeysController(SecurityProperties properties) {
		this.properties = properties;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> publicKeys(@PathVariable String clientId) throws IOException, ParseException {
		for (SecurityProperties.DemoClient demo : properties.getEmbeddedAuthorizationServer().getClients()) {
			if (demo.getId().equals(clientId) && demo.getAssertionKeys() != null) {
				try (InputStream keys = demo.getAssertionKeys().getInputStream()) {
					return ResponseEntity.ok(JWKSet.parse(new String(keys.readAllBytes(), StandardCharsets.UTF_8))
							.toPublicJWKSet().toJSONObject());
				}
			}
		}
		return ResponseEntity.notFound().build();
	}
}
