package uk.org.cdrfhir.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The postcodes of the bundled directory sample ({@code footprint/postcodes-sample.csv}, NSPL layout), so
 * synthetic children live where the server's own directory can route them. The sample's fields never
 * hold commas, so a plain split reads it; the directory's loader keeps the full CSV reader.
 */
final class SamplePostcodes {

	static final String RESOURCE = "footprint/postcodes-sample.csv";

	/** Hospital sites: in the sample for the notifier's address, never a child's home. */
	private static final Set<String> HOSPITAL_POSTCODES = Set.of("LU4 0DZ", "MK42 9DJ", "MK6 5LD");

	record SamplePostcode(String postcode, String gssCode, boolean terminated) {
	}

	private final List<SamplePostcode> homes;
	private final Set<String> all;

	private SamplePostcodes(List<SamplePostcode> rows) {
		this.homes = rows.stream().filter(row -> !HOSPITAL_POSTCODES.contains(row.postcode())).toList();
		this.all = rows.stream().map(SamplePostcode::postcode).collect(Collectors.toSet());
	}

	static SamplePostcodes load() {
		try (InputStream in = SamplePostcodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("No postcode sample on the classpath at " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = fields(reader.readLine());
			int postcode = column(header, "pcds");
			int authority = column(header, "laua");
			int terminated = column(header, "doterm");
			List<SamplePostcode> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					List<String> row = fields(line);
					rows.add(new SamplePostcode(row.get(postcode), row.get(authority), !row.get(terminated).isEmpty()));
				}
			}
			return new SamplePostcodes(rows);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read " + RESOURCE, e);
		}
	}

	/** Home postcodes of a local authority, current or terminated. */
	List<SamplePostcode> homesIn(String gssCode, boolean terminated) {
		return homes.stream().filter(row -> row.gssCode().equals(gssCode) && row.terminated() == terminated).toList();
	}

	/** Current home postcodes outside the given local authorities. */
	List<SamplePostcode> currentHomesOutside(Set<String> gssCodes) {
		return homes.stream().filter(row -> !gssCodes.contains(row.gssCode()) && !row.terminated()).toList();
	}

	boolean contains(String postcode) {
		return all.contains(postcode);
	}

	private static List<String> fields(String line) {
		return Arrays.stream(line.split(",", -1)).map(field -> field.replace("\"", "").trim()).toList();
	}

	private static int column(List<String> header, String name) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new IllegalStateException(RESOURCE + " has no column " + name);
		}
		return index;
	}
}
