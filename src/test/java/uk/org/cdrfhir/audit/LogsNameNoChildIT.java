package uk.org.cdrfhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.support.TestChildren;
import uk.org.cdrfhir.support.TestChildren.ChildIdentifier;

/**
 * The application logs of the whole test run (both databases, written by the Surefire executions to
 * target/test-logs) never name a child: no NHS number, name, address line or birth date of any child
 * the tests made ({@link TestChildren}) or sent from the package's examples. Runs after the tests
 * (Failsafe), and refuses to pass on a run that left no logs or made no children.
 */
class LogsNameNoChildIT {

	private static final Path LOGS = Path.of("target", "test-logs");
	/** One log per Surefire execution (pom.xml). */
	private static final List<String> EXPECTED_LOGS = List.of("h2.log", "postgres.log");
	/** A log, or the part of one that logback rotated at midnight (a run across it), compressed. */
	private static final Pattern LOG_FILE = Pattern.compile("(h2|postgres)\\.log(\\.\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.gz)?");
	private static final Path EXAMPLES = Path.of("profiles", "package", "example");
	/** A line's own timestamp is not a birth date. */
	private static final Pattern LINE_TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s");
	private static final int HITS_SHOWN = 40;

	@Test
	void noLogLineOfTheTestRunNamesAChild() throws IOException {
		Set<ChildIdentifier> identifiers = new HashSet<>(TestChildren.recorded());
		assertThat(identifiers).as("children recorded by this run's tests in " + TestChildren.FILE).isNotEmpty();
		identifiers.addAll(exampleChildren());
		Map<String, List<ChildIdentifier>> byValue = identifiers.stream()
				.collect(Collectors.groupingBy(ChildIdentifier::value));
		// whole values only: the NHS number 9991234567 is not in 19991234567
		Pattern anyIdentifier = Pattern.compile("(?<![\\p{Alnum}])("
				+ byValue.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{Alnum}])");

		List<Path> logs = logs();
		List<String> hits = new ArrayList<>();
		for (Path log : logs) {
			try (BufferedReader reader = reader(log)) {
				String line;
				for (int number = 1; (line = reader.readLine()) != null; number++) {
					Matcher matcher = anyIdentifier.matcher(LINE_TIMESTAMP.matcher(line).replaceFirst(""));
					while (matcher.find()) {
						hits.add(log + ":" + number + ": " + byValue.get(matcher.group(1)).get(0).kind() + " '"
								+ matcher.group(1) + "' in: " + abbreviate(line));
					}
				}
			}
		}
		assertThat(hits).as("log lines naming a child: " + hits.size() + "; the first:\n"
				+ String.join("\n", hits.subList(0, Math.min(hits.size(), HITS_SHOWN))) + "\n").isEmpty();
	}

	private static List<Path> logs() throws IOException {
		assertThat(LOGS).as("the test run's log directory").isDirectory();
		List<Path> logs;
		try (Stream<Path> files = Files.list(LOGS)) {
			logs = files.sorted().toList();
		}
		assertThat(logs).as("files in " + LOGS + " (a log the scan does not know would escape it)")
				.extracting(log -> log.getFileName().toString()).containsAll(EXPECTED_LOGS)
				.allMatch(name -> LOG_FILE.matcher(name).matches());
		for (Path log : logs) {
			assertThat(Files.size(log)).as("size of " + log).isPositive();
		}
		return logs;
	}

	private static BufferedReader reader(Path log) throws IOException {
		InputStream bytes = Files.newInputStream(log);
		return new BufferedReader(new InputStreamReader(log.toString().endsWith(".gz") ? new GZIPInputStream(bytes) : bytes,
				StandardCharsets.UTF_8));
	}

	/** The package's example children: tests send them too. */
	private static List<ChildIdentifier> exampleChildren() throws IOException {
		FhirContext fhir = FhirContext.forR4Cached();
		List<ChildIdentifier> identifiers = new ArrayList<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.filter(LogsNameNoChildIT::isResource).toList()) {
				IBaseResource example = fhir.newJsonParser().parseResource(Files.readString(file));
				fhir.newTerser().getAllPopulatedChildElementsOfType(example, Patient.class)
						.forEach(child -> identifiers.addAll(TestChildren.identifiersOf(child)));
			}
		}
		assertThat(identifiers).as("children in the package's examples").isNotEmpty();
		return identifiers;
	}

	/** Not the package's own index (.index.json). */
	private static boolean isResource(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".json") && !name.startsWith(".");
	}

	private static String abbreviate(String line) {
		return line.length() <= 300 ? line : line.substring(0, 300) + "...";
	}
}
