package uk.org.cdrfhir.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rest-hook endpoints this server may call: http(s) URLs that start with one of the configured
 * prefixes. Every prefix names its host (a bare {@code https://} would let anyone who may write a
 * Subscription make the server call any address, cloud metadata and internal hosts included), so a
 * prefix without one stops the server at start. Both sides are compared in a normal form (scheme and host lower-cased, dot segments
 * resolved, no user info) and a prefix must end where a URL part ends, so {@code http://localhost}
 * allows {@code http://localhost:9000/hook} but neither {@code http://localhost.example.com} nor
 * {@code http://localhost@example.com}.
 */
final class EndpointAllowList {

	/** Characters that may follow a prefix which does not itself end with '/'. */
	private static final String URL_PART_BOUNDARIES = ":/?#";

	private final List<String> prefixes;

	EndpointAllowList(List<String> prefixes) {
		prefixes.stream().filter(prefix -> normalise(prefix).isEmpty()).findFirst().ifPresent(prefix -> {
			throw new IllegalArgumentException("cdr.subscriptions.allowed-endpoints: '" + prefix
					+ "' names no host; each entry is an http(s) URL prefix with its host, e.g. https://doctors.example.nhs.uk/notify");
		});
		this.prefixes = prefixes.stream().map(EndpointAllowList::normalisePrefix).toList();
	}

	boolean allows(String endpoint) {
		return normalise(endpoint)
				.map(url -> prefixes.stream().anyMatch(prefix -> startsAtBoundary(url, prefix)))
				.orElse(false);
	}

	private static boolean startsAtBoundary(String url, String prefix) {
		if (!url.startsWith(prefix)) {
			return false;
		}
		return url.length() == prefix.length()
				|| prefix.endsWith("/")
				|| URL_PART_BOUNDARIES.indexOf(url.charAt(prefix.length())) >= 0;
	}

	/** {@code scheme://host[:port]path[?query]}, or empty for anything but an absolute http(s) URL with a host. */
	private static Optional<String> normalise(String endpoint) {
		if (endpoint == null || endpoint.isBlank()) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(endpoint.trim()).normalize();
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		// user info would let "http://localhost:80@elsewhere" pass for localhost; credentials belong in a header
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
			return Optional.empty();
		}
		StringBuilder url = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
		if (uri.getPort() != -1) {
			url.append(':').append(uri.getPort());
		}
		url.append(uri.getRawPath() == null ? "" : uri.getRawPath());
		if (uri.getRawQuery() != null) {
			url.append('?').append(uri.getRawQuery());
		}
		return Optional.of(url.toString());
	}

	/** Lower-cases a prefix's scheme and host, leaving its path as written. */
	private static String normalisePrefix(String prefix) {
		String trimmed = prefix.trim();
		int authorityStart = trimmed.indexOf("://");
		if (authorityStart < 0) {
			return trimmed.toLowerCase(Locale.ROOT);
		}
		int authorityEnd = authorityStart + 3;
		while (authorityEnd < trimmed.length() && "/?#".indexOf(trimmed.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		return trimmed.substring(0, authorityEnd).toLowerCase(Locale.ROOT) + trimmed.substring(authorityEnd);
	}
}
