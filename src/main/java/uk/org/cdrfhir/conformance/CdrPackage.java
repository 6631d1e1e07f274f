package uk.org.cdrfhir.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The cdr-fhir FHIR package compiled from the FSH sources into {@code profiles/} (on the classpath
 * under {@code profiles/}): its conformance resources and its examples. Both the validator and the
 * FHIR API serve from this one copy.
 */
public class CdrPackage {

	public static final String CANONICAL_BASE = CdrUrls.BASE;

	private static final String PACKAGE_PATTERN = "classpath:profiles/package/*.json";
	private static final String EXAMPLE_PATTERN = "classpath:profiles/package/example/*.json";
	private static final String PAGE_PATTERN = "classpath:profiles/pages/*.md";
	private static final String INVALID_EXAMPLES = "classpath:profiles/invalid-examples/manifest.json";

	private final String name;
	private final String version;
	private final List<MetadataResource> conformanceResources;
	private final Map<String, IBaseResource> examples;
	private final Map<String, String> contentHashes;

	private CdrPackage(String name, String version, List<MetadataResource> conformanceResources,
			Map<String, IBaseResource> examples, Map<String, String> contentHashes) {
		this.name = name;
		this.version = version;
		this.conformanceResources = conformanceResources;
		this.examples = examples;
		this.contentHashes = contentHashes;
	}

	/** Reads the package from the classpath. */
	public static CdrPackage load(FhirContext fhirContext) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			JsonNode manifest = null;
			List<MetadataResource> conformance = new ArrayList<>();
			Map<String, String> hashes = new LinkedHashMap<>();
			for (Resource file : sorted(resolver.getResources(PACKAGE_PATTERN))) {
				byte[] bytes = read(file);
				if ("package.json".equals(file.getFilename())) {
					manifest = new ObjectMapper().readTree(bytes);
					continue;
				}
				MetadataResource resource = (MetadataResource) fhirContext.newJsonParser()
						.parseResource(new String(bytes, StandardCharsets.UTF_8));
				conformance.add(resource);
				hashes.put(resource.getUrl(), contentHash(fhirContext, resource));
			}
			if (manifest == null || conformance.isEmpty()) {
				throw new IllegalStateException("No FHIR package found at " + PACKAGE_PATTERN);
			}
			Map<String, IBaseResource> examples = new LinkedHashMap<>();
			for (Resource file : sorted(resolver.getResources(EXAMPLE_PATTERN))) {
				examples.put(file.getFilename(), fhirContext.newJsonParser()
						.parseResource(new String(read(file), StandardCharsets.UTF_8)));
			}
			return new CdrPackage(manifest.path("name").asText(), manifest.path("version").asText(),
					Collections.unmodifiableList(conformance), Collections.unmodifiableMap(examples),
					Collections.unmodifiableMap(hashes));
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the cdr-fhir FHIR package", e);
		}
	}

	/**
	 * SHA-256 of a definition's compact JSON encoding without its id and meta, which the server
	 * assigns when it stores it; equal hashes mean the same content.
	 */
	public static String contentHash(FhirContext fhirContext, IBaseResource resource) {
		org.hl7.fhir.r4.model.Resource copy = ((org.hl7.fhir.r4.model.Resource) resource).copy();
		copy.setIdElement(null);
		copy.setMeta(null);
		return sha256Hex(fhirContext.newJsonParser().setPrettyPrint(false).encodeResourceToString(copy));
	}

	/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
	public static String sha256Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public String name() {
		return name;
	}

	public String version() {
		return version;
	}

	public List<MetadataResource> conformanceResources() {
		return conformanceResources;
	}

	public <T extends MetadataResource> List<T> conformanceResources(Class<T> type) {
		return conformanceResources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	public List<StructureDefinition> profiles() {
		return conformanceResources(StructureDefinition.class).stream()
				.filter(sd -> sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE)
				.toList();
	}

	public Optional<StructureDefinition> structureDefinition(String idOrUrl) {
		return conformanceResources(StructureDefinition.class).stream()
				.filter(sd -> sd.getUrl().equals(idOrUrl) || sd.getIdElement().getIdPart().equals(idOrUrl))
				.findFirst();
	}

	/** Examples by file name, e.g. {@code Bundle-notification-expected-neonatal.json}. */
	public Map<String, IBaseResource> examples() {
		return examples;
	}

	/** Content hash by canonical URL, see {@link #contentHash}. */
	public Map<String, String> contentHashes() {
		return contentHashes;
	}

	/**
	 * The implementation guide's narrative pages: Markdown by page name (the file name without
	 * {@code .md}, e.g. {@code index}), sorted by name. Read from the classpath on each call.
	 */
	public Map<String, String> pages() {
		try {
			Map<String, String> pages = new LinkedHashMap<>();
			for (Resource file : sorted(new PathMatchingResourcePatternResolver().getResources(PAGE_PATTERN))) {
				pages.put(file.getFilename().replaceFirst("\\.md$", ""), new String(read(file), StandardCharsets.UTF_8));
			}
			return pages;
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the implementation guide's pages", e);
		}
	}

	/**
	 * The invalid examples' manifest (an array): each entry names a valid example ({@code base}), the
	 * JSON patch that breaks one rule, the rule it breaks and the error expected. Read on each call.
	 */
	public JsonNode invalidExamples() {
		try {
			return new ObjectMapper().readTree(read(new PathMatchingResourcePatternResolver().getResource(INVALID_EXAMPLES)));
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the invalid examples' manifest", e);
		}
	}

	/** The files sorted by name, without the package's own index ({@code .index.json}). */
	private static List<Resource> sorted(Resource[] resources) {
		List<Resource> list = new ArrayList<>(List.of(resources));
		list.removeIf(file -> file.getFilename().startsWith("."));
		list.sort(Comparator.comparing(Resource::getFilename));
		return list;
	}

	private static byte[] read(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
	}
}
