package uk.org.cdrfhir.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Patient;

import uk.org.cdrfhir.support.TestChildren;

/**
 * Everything that identifies one child, as it could appear in an output: NHS number (as sent and
 * spaced 3-3-4), names (as whole words), address lines, postcode (with and without its space),
 * birth date and date of death in the formats people write dates.
 */
final class IdentifyingDetails {

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy",
			"d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "yyyyMMdd", "dd.MM.yyyy").stream()
			.map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.UK)).toList();

	private record Detail(String kind, Pattern pattern) {
	}

	private final List<Detail> details = new ArrayList<>();

	IdentifyingDetails(Patient child) {
		for (TestChildren.ChildIdentifier identifier : TestChildren.identifiersOf(child)) {
			boolean name = identifier.kind().endsWith("name");
			add(identifier.kind(), identifier.value(), name);
			if (identifier.kind().equals("identifier") && identifier.value().matches("\\d{10}")) {
				String nhs = identifier.value();
				add("NHS number spaced", nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6), false);
			}
		}
		for (Address address : child.getAddress()) {
			if (address.hasPostalCode()) {
				add("postcode", address.getPostalCode(), false);
				add("postcode", address.getPostalCode().replace(" ", ""), false);
			}
		}
		if (child.hasBirthDate()) {
			dates("birth date", LocalDate.parse(child.getBirthDateElement().getValueAsString()));
		}
		if (child.hasDeceasedDateTimeType()) {
			dates("date of death", child.getDeceasedDateTimeType().getValue().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate());
		}
	}

	/** Fails if the output shows any of the child's details; returns how many were searched for. */
	int assertNoneIn(String output, String what) {
		assertThat(output).as(what).isNotBlank();
		for (Detail detail : details) {
			assertThat(detail.pattern().matcher(output).find()).as("%s shows the child's %s (%s)", what, detail.kind(),
					detail.pattern().pattern()).isFalse();
		}
		return details.size();
	}

	private void dates(String kind, LocalDate date) {
		DATE_FORMATS.forEach(format -> add(kind, format.format(date), false));
	}

	private void add(String kind, String value, boolean wholeWord) {
		String quoted = Pattern.quote(value);
		details.add(new Detail(kind, Pattern.compile(wholeWord ? "\\b" + quoted + "\\b" : quoted, Pattern.CASE_INSENSITIVE)));
	}
}
