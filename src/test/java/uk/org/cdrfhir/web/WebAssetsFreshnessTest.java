package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web UI's third-party assets (nhsuk-frontend, axe-core) are copied by web-assets/update.sh and
 * committed. This fails, without Node.js, when they are stale: the versions pinned in
 * web-assets/package.json and package-lock.json are not those the copies were made from, or a copied
 * file was changed, added or removed since (web-assets/assets.sha256 records both).
 */
class WebAssetsFreshnessTest {

	private static final Path ASSETS = Path.of("web-assets");
	private static final List<Path> COPIES = List.of(Path.of("src/main/resources/static/nhsuk"),
			Path.of("src/main/resources/static/assets"), Path.of("src/test/resources/axe"));
	private static final String STALE = "web assets are stale: run web-assets/update.sh and commit what it changes";

	@Test
	void theCopiesAreOfThePinnedVersions() throws IOException {
		Map<String, String> recorded = recordedVersions();
		JsonNode pinned = new ObjectMapper().readTree(ASSETS.resolve("package.json").toFile()).path("dependencies");
		JsonNode locked = new ObjectMapper().readTree(ASSETS.resolve("package-lock.json").toFile()).path("packages");

		assertThat(recorded.keySet()).containsExactlyInAnyOrder("nhsuk-frontend", "axe-core");
		recorded.forEach((name, version) -> {
			assertThat(pinned.path(name).asText()).as(STALE + " (" + name + " in package.json)").isEqualTo(version);
			assertThat(locked.path("node_modules/" + name).path("version").asText())
					.as(STALE + " (" + name + " in package-lock.json)").isEqualTo(version);
		});
	}

	@Test
	void theCopiedFilesAreThoseRecorded() throws Exception {
		Map<String, String> recorded = new TreeMap<>();
		for (String line : Files.readAllLines(ASSETS.resolve("assets.sha256"))) {
			String[] hashAndPath = line.split(" {2}", 2);
			if (hashAndPath.length == 2) {
				recorded.put(hashAndPath[1], hashAndPath[0]);
			}
		}
		Map<String, String> actual = new TreeMap<>();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		for (Path copy : COPIES) {
			try (Stream<Path> files = Files.walk(copy)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					actual.put(file.toString().replace('\\', '/'), HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(file))));
				}
			}
		}

		assertThat(actual).as(STALE).isNotEmpty().isEqualTo(recorded);
	}

	private static Map<String, String> recordedVersions() throws IOException {
		Map<String, String> versions = new LinkedHashMap<>();
		for (String line : Files.readAllLines(ASSETS.resolve("assets.sha256"))) {
			String[] nameAndVersion = line.split(" ");
			if (nameAndVersion.length == 2) {
				versions.put(nameAndVersion[0], nameAndVersion[1]);
			}
		}
		return versions;
	}
}
