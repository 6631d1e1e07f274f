package uk.org.cdrfhir.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SMART on FHIR scopes of a token ({@code system/Bundle.c}, {@code system/*.rs}, {@code user/Task.cruds},
 * and the v1 forms {@code system/Patient.read}, {@code system/*.write}, {@code system/*.*}). A scope
 * only ever narrows what the caller's role allows: the role decides, the scope may refuse.
 */
public final class SmartScopes {

	/** The SMART v2 interactions. */
	public enum Access {
		CREATE('c'), READ('r'), UPDATE('u'), DELETE('d'), SEARCH('s');

		private final char letter;

		Access(char letter) {
			this.letter = letter;
		}
	}

	private record Grant(String resourceType, Set<Character> letters) {
		boolean permits(String type, Access access) {
			return (resourceType.equals("*") || resourceType.equals(type)) && letters.contains(access.letter);
		}
	}

	private final List<Grant> grants;

	private SmartScopes(List<Grant> grants) {
		this.grants = grants;
	}

	public static SmartScopes parse(Collection<String> scopes) {
		return new SmartScopes(scopes.stream().map(SmartScopes::grant).filter(grant -> grant != null).toList());
	}

	public boolean permits(String resourceType, Access access) {
		return grants.stream().anyMatch(grant -> grant.permits(resourceType, access));
	}

	private static Grant grant(String scope) {
		int slash = scope.indexOf('/');
		int dot = scope.lastIndexOf('.');
		if (slash < 0 || dot < slash) {
			return null; // openid, profile, launch/...: not about resources
		}
		String context = scope.substring(0, slash);
		if (!context.equals("system") && !context.equals("user") && !context.equals("patient")) {
			return null;
		}
		String resourceType = scope.substring(slash + 1, dot);
		String permissions = scope.substring(dot + 1).toLowerCase(Locale.ROOT);
		int query = permissions.indexOf('?');
		if (query >= 0) {
			permissions = permissions.substring(0, query); // SMART v2 granular scopes: treated as the whole type
		}
		Set<Character> letters = switch (permissions) {
			case "read" -> Set.of('r', 's');
			case "write" -> Set.of('c', 'u', 'd');
			case "*" -> Set.of('c', 'r', 'u', 'd', 's');
			default -> permissions.chars().mapToObj(c -> (char) c).filter(c -> "cruds".indexOf(c) >= 0)
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
		};
		return new Grant(resourceType, letters);
	}
}
