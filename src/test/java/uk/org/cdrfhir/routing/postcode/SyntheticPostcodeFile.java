package uk.org.cdrfhir.routing.postcode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic postcode directory for benchmarks: N rows (default 2,700,000, the size of the real
 * one) in the NSPL layout, 40 columns, every value quoted but the numbers, about a third terminated.
 * The postcodes are unique and computable from a row number ({@link #postcode(long)}), so a benchmark
 * can look up ones it knows exist. Uses nothing beyond the JDK, so it runs from target/test-classes.
 *
 * <pre>java -cp target/test-classes uk.org.cdrfhir.routing.postcode.SyntheticPostcodeFile FILE [ROWS]</pre>
 */
public final class SyntheticPostcodeFile {

	public static final long DEFAULT_ROWS = 2_700_000;

	static final List<String> HEADER = List.of("pcd", "pcd2", "pcds", "dointr", "doterm", "usertype", "oseast1m",
			"osnrth1m", "osgrdind", "oa21", "cty", "ced", "laua", "ward", "nhser", "ctry", "rgn", "pcon", "ttwa",
			"itl", "park", "lsoa21", "msoa21", "wz11", "sicbl", "bua22", "ruc21", "oac11", "lat", "long", "lep1",
			"lep2", "pfa", "imd", "icb", "oa11", "lsoa11", "msoa11", "ru11ind", "calncv");

	/** Postcode areas, and the local authorities their districts are spread over. */
	private static final String[] AREAS = {"LU", "MK", "SG", "AL", "HP", "WD", "EN", "CB", "PE", "NN", "OX", "RG",
			"SL", "UB", "HA", "N", "E", "SE"};
	private static final String[] AUTHORITIES = {"E06000032", "E06000055", "E06000056", "E06000042", "E06000060",
			"E07000099", "E07000243", "E07000240", "E07000103", "E07000096", "E07000012", "E07000011", "E06000061",
			"E09000007", "E09000030", "E09000022"};
	/** The letters of an inward code's unit (Royal Mail never uses C, I, K, M, O or V there). */
	private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
	private static final int DISTRICTS_PER_AREA = 50;
	private static final int POSTCODES_PER_DISTRICT = 10 * 20 * 20;

	private SyntheticPostcodeFile() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: SyntheticPostcodeFile FILE [ROWS]");
			System.exit(2);
		}
		long rows = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_ROWS;
		long start = System.nanoTime();
		write(Path.of(args[0]), rows);
		System.out.printf("wrote %d rows to %s (%d MB) in %.1f s%n", rows, args[0],
				Files.size(Path.of(args[0])) / (1024 * 1024), (System.nanoTime() - start) / 1e9);
	}

	public static void write(Path file, long rows) throws IOException {
		long capacity = (long) AREAS.length * DISTRICTS_PER_AREA * POSTCODES_PER_DISTRICT;
		if (rows > capacity) {
			throw new IllegalArgumentException("at most " + capacity + " unique synthetic postcodes");
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", HEADER));
			out.write('\n');
			StringBuilder line = new StringBuilder(400);
			for (long i = 0; i < rows; i++) {
				line.setLength(0);
				appendRow(line, i);
				out.append(line);
			}
		}
	}

	/** The postcode of row {@code index}, as written in {@code pcds}. */
	public static String postcode(long index) {
		long district = index / POSTCODES_PER_DISTRICT;
		int unit = (int) (index % POSTCODES_PER_DISTRICT);
		String outward = AREAS[(int) (district / DISTRICTS_PER_AREA)] + (district % DISTRICTS_PER_AREA + 1);
		return outward + " " + (unit / 400) + UNIT_LETTERS.charAt(unit / 20 % 20) + UNIT_LETTERS.charAt(unit % 20);
	}

	private static void appendRow(StringBuilder line, long index) {
		String pcds = postcode(index);
		String outward = pcds.substring(0, pcds.indexOf(' '));
		String inward = pcds.substring(pcds.indexOf(' ') + 1);
		String authority = AUTHORITIES[(int) (index / POSTCODES_PER_DISTRICT % AUTHORITIES.length)];
		long easting = 400_000 + index * 37 % 250_000;
		long northing = 150_000 + index * 53 % 250_000;
		quoted(line, outward + " ".repeat(Math.max(0, 4 - outward.length())) + inward); // pcd, 7 characters
		quoted(line, String.format("%-4s %s", outward, inward)); // pcd2, 8 characters
		quoted(line, pcds);
		quoted(line, String.valueOf(198001 + index % 40 * 100));
		quoted(line, index % 3 == 0 ? String.valueOf(199906 + index % 25 * 100) : "");
		number(line, index % 10 == 0 ? "1" : "0");
		number(line, String.valueOf(easting));
		number(line, String.valueOf(northing));
		number(line, "1");
		quoted(line, code("E00", index % 200_000));
		quoted(line, "E99999999");
		quoted(line, "E99999999");
		quoted(line, authority);
		quoted(line, code("E05", index % 9_000));
		quoted(line, "E40000007");
		quoted(line, "E92000001");
		quoted(line, "E12000006");
		quoted(line, code("E14", index % 650));
		quoted(line, code("E30", index % 200));
		quoted(line, code("E0", index % 180));
		quoted(line, "E99999999");
		quoted(line, code("E01", index % 35_000));
		quoted(line, code("E02", index % 7_000));
		quoted(line, code("E33", index % 50_000));
		quoted(line, code("E38", index % 100));
		quoted(line, code("E63", index % 7_000));
		quoted(line, "C1");
		quoted(line, "5B1");
		number(line, String.format("%.6f", 50.0 + northing / 111_000.0));
		number(line, String.format("%.6f", -5.5 + easting / 70_000.0));
		quoted(line, code("E37", index % 38));
		quoted(line, "");
		quoted(line, code("E23", index % 40));
		number(line, String.valueOf(index % 32_844 + 1));
		quoted(line, code("E54", index % 42));
		quoted(line, code("E00", index % 180_000));
		quoted(line, code("E01", index % 32_000));
		quoted(line, code("E02", index % 6_700));
		quoted(line, "C1");
		quoted(line, "");
		line.setCharAt(line.length() - 1, '\n'); // the last field's comma ends the row instead
	}

	private static String code(String prefix, long number) {
		return prefix + String.format("%0" + (9 - prefix.length()) + "d", number);
	}

	private static void quoted(StringBuilder line, String value) {
		line.append('"').append(value).append("\",");
	}

	private static void number(StringBuilder line, String value) {
		line.append(value).append(',');
	}
}
