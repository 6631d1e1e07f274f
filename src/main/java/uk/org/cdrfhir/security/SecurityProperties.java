package uk.org.cdrfhir.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Who may call the server: the OAuth 2.0 / OpenID Connect authorization server whose tokens it
 * accepts, how roles and areas are read from token claims, and the embedded development
 * authorization server with its demo clients and users.
 */
@ConfigurationProperties(prefix = "cdr.security")
public class SecurityProperties {

	/** The tokens' issuer ({@code iss}); the resource server accepts no other. */
	private String issuer = "";

	/** The audience ({@code aud}) a token must name: this server. */
	private String audience = "cdr-fhir";

	/** Where the issuer publishes its signing keys; by default {issuer}/oauth2/jwks (the embedded server's own keys when it runs). */
	private String jwkSetUri = "";

	/** The authorization server's token endpoint for SMART backend clients; by default {issuer}/oauth2/token. */
	private String tokenEndpoint = "";

	/** Tolerated clock difference when checking {@code exp} and {@code nbf}. */
	private Duration clockSkew = Duration.ofSeconds(30);

	private Claims claims = new Claims();

	/** Identity-provider values of the role claim mapped to the server's roles (the roles' own names are always accepted). */
	private Map<String, CdrRole> roleMapping = new LinkedHashMap<>();

	private EmbeddedAuthorizationServer embeddedAuthorizationServer = new EmbeddedAuthorizationServer();

	/** The server's role for a value of the role claim: a mapped identity-provider value, or a role's own name. */
	public Optional<CdrRole> role(String claimValue) {
		return Optional.ofNullable(roleMapping.get(claimValue)).or(() -> CdrRole.ofClaimValue(claimValue));
	}

	public String jwkSetUriOrDefault() {
		return jwkSetUri.isBlank() ? stripSlash(issuer) + "/oauth2/jwks" : jwkSetUri;
	}

	public String tokenEndpointOrDefault() {
		return tokenEndpoint.isBlank() ? stripSlash(issuer) + "/oauth2/token" : tokenEndpoint;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Names of the token claims the server reads. */
	public static class Claims {
		/** The role: one of the role names (notifier, designated-doctor, cdr-manager, ...) or a mapped value. */
		private String role = "cdr_role";
		/** A designated doctor's area: the id of that area's designated doctor in cdr.footprint.designated-doctors. */
		private String area = "cdr_area";
		/** The OAuth client (SMART backend services: the client id). */
		private String client = "client_id";
		/** The person, in a person's token (absent for a system). */
		private String user = "preferred_username";

		public String getRole() {
			return role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getArea() {
			return area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public String getClient() {
			return client;
		}

		public void setClient(String client) {
			this.client = client;
		}

		public String getUser() {
			return user;
		}

		public void setUser(String user) {
			this.user = user;
		}
	}

	/**
	 * The development and demo authorization server, inside this application. Never for production:
	 * its keys live in memory and its clients and users are the documented demo ones.
	 */
	public static class EmbeddedAuthorizationServer {
		private boolean enabled = false;
		private List<DemoClient> clients = new ArrayList<>();
		private List<DemoUser> users = new ArrayList<>();
		/** How long its access tokens live. */
		private Duration tokenLifetime = Duration.ofMinutes(15);

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<DemoClient> getClients() {
			return clients;
		}

		public void setClients(List<DemoClient> clients) {
			this.clients = clients;
		}

		public List<DemoUser> getUsers() {
			return users;
		}

		public void setUsers(List<DemoUser> users) {
			this.users = users;
		}

		public Duration getTokenLifetime() {
			return tokenLifetime;
		}

		public void setTokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = tokenLifetime;
		}
	}

	/**
	 * A demo system (client credentials) with its role, area and SMART scopes. It authenticates with
	 * its secret, or, when it has assertion keys instead, SMART Backend Services style with a JWT
	 * client assertion signed by its key (the server publishes the public half for the check).
	 */
	public static class DemoClient {
		private String id;
		private String secret;
		/** A JWK set with the client's signing key (the private half is for the demo's own use only). */
		private Resource assertionKeys;
		private CdrRole role;
		private String area;
		private List<String> scopes = new ArrayList<>();

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getSecret() {
			return secret;
		}

		public void setSecret(String secret) {
			this.secret = secret;
		}

		public Resource getAssertionKeys() {
			return assertionKeys;
		}

		public void setAssertionKeys(Resource assertionKeys) {
			this.assertionKeys = assertionKeys;
		}

		public CdrRole getRole() {
			return role;
		}

		public void setRole(CdrRole role) {
			this.role = role;
		}

		public String getArea() {
			return area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public List<String> getScopes() {
			return scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}
	}

	/** A demo person who signs in to the web UI. */
	public static class DemoUser {
		private String username;
		private String password;
		private CdrRole role;
		private String area;

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public CdrRole getRole() {
			return role;
		}

		public void setRole(CdrRole role) {
			this.role = role;
		}

		public String getArea() {
			return area;
		}

		public void setArea(String area) {
			this.area = area;
		}
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getJwkSetUri() {
		return jwkSetUri;
	}

	public void setJwkSetUri(String jwkSetUri) {
		this.jwkSetUri = jwkSetUri;
	}

	public String getTokenEndpoint() {
		return tokenEndpoint;
	}

	public void setTokenEndpoint(String tokenEndpoint) {
		this.tokenEndpoint = tokenEndpoint;
	}

	public Duration getClockSkew() {
		return clockSkew;
	}

	public void setClockSkew(Duration clockSkew) {
		this.clockSkew = clockSkew;
	}

	public Claims getClaims() {
		return claims;
	}

	public void setClaims(Claims claims) {
		this.claims = claims;
	}

	public Map<String, CdrRole> getRoleMapping() {
		return roleMapping;
	}

	public void setRoleMapping(Map<String, CdrRole> roleMapping) {
		this.roleMapping = roleMapping;
	}

	public EmbeddedAuthorizationServer getEmbeddedAuthorizationServer() {
		return embeddedAuthorizationServer;
	}

	public void setEmbeddedAuthorizationServer(EmbeddedAuthorizationServer embeddedAuthorizationServer) {
		this.embeddedAuthorizationServer = embeddedAuthorizationServer;
	}
}
