package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * profiles/ is compiled from implementation-guide/ by SUSHI (implementation-guide/build.sh) and
 * committed. This fails when the FSH sources changed after it was last compiled, without Node.js:
 * it recomputes the hash of the sources that build.sh records in profiles/sources.sha256.
 */
class ProfilesFreshnessTest {

	private static final Path GUIDE = Path.of("implementation-guide");

	@Test
	void compiledProfilesMatchTheFshSources() throws Exception {
		String recorded = Files.readString(Path.of("profiles/sources.sha256")).trim();

		assertThat(sourceHash())
				.as("profiles/ is stale: run implementation-guide/build.sh and commit profiles/")
				.isEqualTo(recorded);
	}

	/** The procedure of implementation-guide/scripts/source-hash.js. */
	private static String sourceHash() throws Exception {
		List<String> paths = new ArrayList<>();
		try (Stream<Path> files = Files.walk(GUIDE.resolve("input"))) {
			files.filter(Files::isRegularFile).forEach(file -> paths.add(GUIDE.relativize(file).toString().replace('\\', '/')));
		}
		paths.add("sushi-config.yaml");
		paths.sort((a, b) -> compareBytes(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (String path : paths) {
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(read(GUIDE.resolve(path)));
			digest.update((byte) '\n');
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] read(Path file) throws IOException {
		return Files.readAllBytes(file);
	}

	private static int compareBytes(byte[] a, byte[] b) {
		return java.util.Arrays.compareUnsigned(a, b);
	}
}
