package uk.org.cdrfhir.conformance;

import java.util.List;

/**
 * The differential of {@link StockValidatorDifferentialTest} over a larger corpus (not a test: it
 * takes long). Prints the summary and every difference; exits with status 1 if there is one.
 *
 * <p>Run with {@code bench/validation-differential.sh [synthetic] [mutated] [seed]}.
 */
public final class ValidatorDifferentialBenchmark {

	private static final int DEFAULT_SYNTHETIC = 5000;
	private static final int DEFAULT_MUTATED = 20000;
	private static final long DEFAULT_SEED = 2017;

	public static void main(String[] args) {
		int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SYNTHETIC;
		int mutated = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MUTATED;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
		ValidatorDifferential differential = new ValidatorDifferential();
		int differences = 0;
		for (ValidatorDifferential.Summary summary : List.of(
				differential.compare("valid examples", differential.examples()),
				differential.compare("invalid examples", differential.invalidExamples()),
				differential.compare("synthetic notifications", differential.synthetic(seed, synthetic)),
				differential.compare("mutated documents", differential.mutated(seed, mutated)))) {
			System.out.println(summary);
			summary.differences().forEach(difference -> System.out.println("  " + difference));
			differences += summary.differences().size();
		}
		System.exit(differences == 0 ? 0 : 1);
	}

	private ValidatorDifferentialBenchmark() {
	}
}
