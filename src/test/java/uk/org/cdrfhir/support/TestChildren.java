package uk.org.cdrfhir.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/**
 * The identifiers of every child the tests make (NHS number, names, address lines, birth date),
 * written to {@link #FILE} as the tests run, so that the logs of the run can be searched for them
 * afterwards (see {@code uk.org.cdrfhir.audit.LogsNameNoChildIT}). One "kind TAB value" a line.
 */
public final class TestChildren {

	/** Emptied at the start of each Maven build's tests (pom.xml), so it holds this run's children. */
	public static final Path FILE = Path.of("target", "test-children.txt");

	/** One thing that identifies a child, e.g. ("family name", "Marsh"). */
	public record ChildIdentifier(String kind, String value) {
	}

	private TestChildren() {
	}

	public static synchronized void record(Patient child) {
		List<String> lines = identifiersOf(child).stream().map(id -> id.kind() + "\t" + id.value()).toList();
		try {
			Files.createDirectories(FILE.getParent());
			Files.write(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What has been recorded in this run; nothing if no test made a child. */
	public static Set<ChildIdentifier> recorded() throws IOException {
		if (!Files.exists(FILE)) {
			return Set.of();
		}
		return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().map(line -> line.split("\t", 2))
				.map(parts -> new ChildIdentifier(parts[0], parts[1])).collect(Collectors.toSet());
	}

	public static List<ChildIdentifier> identifiersOf(Patient child) {
		List<ChildIdentifier> identifiers = new ArrayList<>();
		child.getIdentifier().forEach(identifier -> add(identifiers, "identifier", identifier.getValue()));
		for (HumanName name : child.getName()) {
			add(identifiers, "family name", name.getFamily());
			name.getGiven().forEach(given -> add(identifiers, "given name", given.getValue()));
		}
		for (Address address : child.getAddress()) {
			address.getLine().forEach(line -> add(identifiers, "address line", line.getValue()));
		}
		add(identifiers, "birth date", child.getBirthDateElement().getValueAsString());
		return identifiers;
	}

	private static void add(List<ChildIdentifier> identifiers, String kind, String value) {
		if (value != null && !value.isBlank()) {
			identifiers.add(new ChildIdentifier(kind, value));
		}
	}
}
