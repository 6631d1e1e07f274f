package uk.org.cdrfhir.routing.postcode;

import java.util.Arrays;
import java.util.SplittableRandom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Times lookups through {@link PostcodeDirectory} over JDBC on a directory loaded from a
 * {@link SyntheticPostcodeFile}: random postcodes known to exist, one at a time, as routing does.
 * Prints p50 and p99 in microseconds for each round, then their medians. A benchmark, not a test.
 *
 * <pre>PostcodeLookupBenchmark JDBC_URL USER PASSWORD ROWS_LOADED [LOOKUPS_PER_ROUND] [ROUNDS]</pre>
 */
public final class PostcodeLookupBenchmark {

	private PostcodeLookupBenchmark() {
	}

	public static void main(String[] args) {
		if (args.length < 4) {
			System.err.println("usage: PostcodeLookupBenchmark JDBC_URL USER PASSWORD ROWS_LOADED [LOOKUPS] [ROUNDS]");
			System.exit(2);
		}
		long rows = Long.parseLong(args[3]);
		int lookups = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
		int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(args[0]);
		config.setUsername(args[1]);
		config.setPassword(args[2]);
		config.setMaximumPoolSize(2);
		try (HikariDataSource dataSource = new HikariDataSource(config)) {
			PostcodeDirectory directory = new PostcodeDirectory(new PostcodeTable(dataSource));
			SplittableRandom random = new SplittableRandom(42);
			time(directory, random, rows, 10_000); // warm-up: JIT, pool, server-side prepared statement
			double[] p50 = new double[rounds];
			double[] p99 = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				long[] nanos = time(directory, random, rows, lookups);
				Arrays.sort(nanos);
				p50[round] = nanos[nanos.length / 2] / 1e3;
				p99[round] = nanos[(int) (nanos.length * 0.99)] / 1e3;
				System.out.printf("round %d: %d lookups, p50 %.0f µs, p99 %.0f µs, max %.0f µs%n", round + 1, lookups,
						p50[round], p99[round], nanos[nanos.length - 1] / 1e3);
			}
			System.out.printf("median of %d rounds: lookup p50 %.0f µs, p99 %.0f µs (target < 1000 µs)%n", rounds,
					median(p50), median(p99));
		}
	}

	private static long[] time(PostcodeDirectory directory, SplittableRandom random, long rows, int lookups) {
		long[] nanos = new long[lookups];
		for (int i = 0; i < lookups; i++) {
			String postcode = SyntheticPostcodeFile.postcode(random.nextLong(rows)).toLowerCase();
			long start = System.nanoTime();
			boolean found = directory.lookup(postcode).isPresent();
			nanos[i] = System.nanoTime() - start;
			if (!found) {
				throw new IllegalStateException(postcode + " is not in the directory: was it loaded with " + rows + " rows?");
			}
		}
		return nanos;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
