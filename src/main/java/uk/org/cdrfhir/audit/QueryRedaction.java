package uk.org.cdrfhir.audit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.cdrfhir.fhir.NhsNumber;

/**
 * What of a request's target the audit trail may keep: the method, path and parameter names, but
 * never a credential (a token sent as {@code ?access_token=}, a client secret) nor what identifies a
 * person (the values of identifier, name, birth date, address and contact parameters, and an NHS
 * number anywhere, also spaced as 3-3-4 or percent-encoded). Such values read {@value #REDACTED}.
 */
final class QueryRedaction {

	static final String REDACTED = "[redacted]";

	/** Parameters whose whole value is a credential. */
	private static final Set<String> CREDENTIALS = Set.of("access_token", "id_token", "refresh_token", "token",
			"client_secret", "client_assertion", "password", "code");
	/** Search parameters (of any type, also chained: {@code subject:Patient.identifier}) whose value identifies a person. */
	private static final Set<String> PERSONAL = Set.of("identifier", "name", "family", "given", "phonetic", "birthdate",
			"address", "address-line", "address-postalcode", "address-city", "telecom", "phone", "email", "_content",
			"_text");
	/** Ten digits, possibly spaced 3-3-4 by spaces, '+' or %20; checked for the NHS number check digit. */
	private static final Pattern TEN_DIGITS = Pattern.compile(
			"(?<![0-9])(\\d{3})(?:%20|\\+| )?(\\d{3})(?:%20|\\+| )?(\\d{4})(?![0-9])");

	private QueryRedaction() {
	}

	/** {@code "GET /fhir/Patient?identifier=x|9434765919"} becomes {@code "GET /fhir/Patient?identifier=x|[redacted]"}. */
	static String redact(String request) {
		if (request == null) {
			return null;
		}
		int query = request.indexOf('?');
		String target = query < 0 ? request : request.substring(0, query) + "?" + redactParameters(request.substring(query + 1));
		return redactNhsNumbers(target);
	}

	private static String redactParameters(String query) {
		StringBuilder redacted = new StringBuilder();
		for (String parameter : query.split("&", -1)) {
			if (!redacted.isEmpty()) {
				redacted.append('&');
			}
			int equals = parameter.indexOf('=');
			if (equals < 0) {
				redacted.append(parameter);
				continue;
			}
			String name = parameter.substring(0, equals);
			String value = parameter.substring(equals + 1);
			redacted.append(name).append('=').append(switch (kind(name)) {
				case CREDENTIAL -> REDACTED;
				case PERSONAL -> keepSystem(value);
				case OTHER -> value;
			});
		}
		return redacted.toString();
	}

	private enum Kind { CREDENTIAL, PERSONAL, OTHER }

	private static Kind kind(String rawName) {
		String name = decode(rawName).toLowerCase(Locale.ROOT);
		if (CREDENTIALS.contains(name)) {
			return Kind.CREDENTIAL;
		}
		// the parameter itself, without a modifier, at the end of a chain
		String last = name.substring(name.lastIndexOf('.') + 1);
		int modifier = last.indexOf(':');
		return PERSONAL.contains(modifier < 0 ? last : last.substring(0, modifier)) ? Kind.PERSONAL : Kind.OTHER;
	}

	/** A token's system says what kind of identifier was searched for, which the trail may keep. */
	private static String keepSystem(String value) {
		String decoded = decode(value);
		int bar = decoded.lastIndexOf('|');
		return bar < 0 ? REDACTED : decoded.substring(0, bar + 1) + REDACTED;
	}

	/** Percent-decoded, or as sent when it is not well encoded (such a request is still audited). */
	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException badlyEncoded) {
			return text;
		}
	}

	/** Any text the trail keeps (an error message can quote what was sent): NHS numbers out. */
	static String redactNhsNumbers(String text) {
		if (text == null) {
			return null;
		}
		Matcher digits = TEN_DIGITS.matcher(text);
		StringBuilder redacted = new StringBuilder();
		while (digits.find()) {
			String candidate = digits.group(1) + digits.group(2) + digits.group(3);
			digits.appendReplacement(redacted, Matcher.quoteReplacement(NhsNumber.isValid(candidate) ? REDACTED : digits.group()));
		}
		return digits.appendTail(redacted).toString();
	}
}
