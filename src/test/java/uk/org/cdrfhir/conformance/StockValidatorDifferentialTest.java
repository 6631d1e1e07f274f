package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's validator judges every document as the stock HAPI validator does (see
 * {@link ValidatorDifferential}): the contract's examples, valid and invalid, synthetic notifications
 * and mutated documents. A difference is a bug in one of our customisations of the validator. A larger
 * corpus: {@link ValidatorDifferentialBenchmark}.
 */
class StockValidatorDifferentialTest {

	// sized for CI's 30 minutes (each document is validated twice); the benchmark runs 25,000
	private static final long SEED = 17;
	private static final int SYNTHETIC = 300;
	private static final int MUTATED = 400;

	private static ValidatorDifferential differential;

	@BeforeAll
	static void buildValidators() {
		differential = new ValidatorDifferential();
	}

	@Test
	void everyExampleValidOrInvalidIsJudgedAsTheStockValidatorJudgesIt() {
		List<ValidatorDifferential.Document> examples = differential.examples();
		List<ValidatorDifferential.Document> invalid = differential.invalidExamples();
		ValidatorDifferential.Summary valid = compare("valid examples", examples);
		ValidatorDifferential.Summary broken = compare("invalid examples", invalid);
		assertThat(broken.documentsWithErrors()).as("invalid examples the stock validator refuses").isEqualTo(invalid.size());
		assertThat(valid.documentsWithErrors()).as("valid examples the stock validator refuses").isZero();
	}

	@Test
	void everySyntheticNotificationIsJudgedAsTheStockValidatorJudgesIt() {
		ValidatorDifferential.Summary summary = compare("synthetic notifications", differential.synthetic(SEED, SYNTHETIC));
		assertThat(summary.documents()).isEqualTo(SYNTHETIC);
	}

	@Test
	void everyMutatedDocumentIsJudgedAsTheStockValidatorJudgesIt() {
		ValidatorDifferential.Summary summary = compare("mutated documents", differential.mutated(SEED, MUTATED));
		// the corpus must exercise the error paths, not only valid documents
		assertThat(summary.documentsWithErrors()).as("mutated documents with errors").isGreaterThan(MUTATED / 2);
	}

	private static ValidatorDifferential.Summary compare(String corpus, List<ValidatorDifferential.Document> documents) {
		ValidatorDifferential.Summary summary = differential.compare(corpus, documents);
		System.out.println(summary);
		summary.differences().forEach(difference -> System.out.println("  " + difference));
		assertThat(summary.differences()).as(summary.toString()).isEmpty();
		return summary;
	}
}
