package uk.org.cdrfhir.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * SMART App Launch discovery ({@code /.well-known/smart-configuration}, also under the FHIR base):
 * where a backend service gets its token and how it authenticates, from the configured issuer.
 */
@RestController
public class SmartConfigurationController {

	static final String PATH = "/.well-known/smart-configuration";

	private final SecurityProperties properties;

	public SmartConfigurationController(SecurityProperties properties) {
		this.properties = properties;
	}

	/** SMART clients look under the FHIR base, which belongs to the FHIR servlet: it is passed on from there. */
	@Bean
	static ServletRegistrationBean<HttpServlet> smartConfigurationUnderFhirBase() {
		HttpServlet forward = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
				request.getRequestDispatcher(PATH).forward(request, response);
			}
		};
		return new ServletRegistrationBean<>(forward, "/fhir" + PATH);
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> smartConfiguration() {
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("issuer", properties.getIssuer());
		configuration.put("jwks_uri", properties.jwkSetUriOrDefault());
		configuration.put("token_endpoint", properties.tokenEndpointOrDefault());
		configuration.put("grant_types_supported", List.of("client_credentials", "authorization_code"));
		configuration.put("token_endpoint_auth_methods_supported",
				List.of("private_key_jwt", "client_secret_basic"));
		configuration.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384", "RS256"));
		configuration.put("scopes_supported", List.of("system/Bundle.c", "system/Bundle.rs", "system/*.rs",
				"system/*.cruds", "user/*.rs", "user/*.cruds", "openid", "profile"));
		configuration.put("capabilities", List.of("client-confidential-asymmetric", "client-confidential-symmetric",
				"permission-v1", "permission-v2", "sso-openid-connect"));
		return configuration;
	}
}
