package uk.org.cdrfhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The capability packages depend on each other in one direction only: a newcomer can read one
 * without the ones that use it. Reads the imports (and same-named references) of the main sources.
 */
class PackageDependenciesTest {

	private static final Path SOURCES = Path.of("src/main/java/uk/org/cdrfhir");
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?uk\\.org\\.cdrfhir\\.([a-z]+)\\.", Pattern.MULTILINE);

	@Test
	void thereAreNoCyclesBetweenPackages() throws IOException {
		Map<String, Set<String>> dependencies = dependencies();
		assertThat(dependencies).as("packages read").hasSizeGreaterThan(5);

		List<String> cycles = new ArrayList<>();
		for (String start : dependencies.keySet()) {
			findCycle(start, dependencies).ifPresent(cycles::add);
		}

		assertThat(cycles).as("dependencies: " + dependencies).isEmpty();
	}

	/** Top-level package -> the top-level packages its classes import. */
	private static Map<String, Set<String>> dependencies() throws IOException {
		Map<String, Set<String>> dependencies = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class wires everything
				}
				String from = relative.getName(0).toString();
				Set<String> to = dependencies.computeIfAbsent(from, key -> new TreeSet<>());
				Matcher imported = IMPORT.matcher(Files.readString(file));
				while (imported.find()) {
					if (!imported.group(1).equals(from)) {
						to.add(imported.group(1));
					}
				}
			}
		}
		return dependencies;
	}

	/** A path from the package back to itself, if there is one. */
	private static Optional<String> findCycle(String start, Map<String, Set<String>> dependencies) {
		Deque<List<String>> paths = new ArrayDeque<>();
		paths.add(List.of(start));
		Set<String> seen = new TreeSet<>();
		while (!paths.isEmpty()) {
			List<String> path = paths.poll();
			for (String next : dependencies.getOrDefault(path.get(path.size() - 1), Set.of())) {
				List<String> longer = new ArrayList<>(path);
				longer.add(next);
				if (next.equals(start)) {
					return Optional.of(String.join(" -> ", longer));
				}
				if (seen.add(next)) {
					paths.add(longer);
				}
			}
		}
		return Optional.empty();
	}
}
