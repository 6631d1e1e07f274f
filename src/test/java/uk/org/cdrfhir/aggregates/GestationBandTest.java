package uk.org.cdrfhir.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gestation at birth falls in the cdr-gestation-band whose weeks it has reached: each band starts on its first day. */
class GestationBandTest {

	@ParameterizedTest
	@CsvSource({"16, extremely-preterm", "27.86, extremely-preterm", "28, very-preterm", "29.43, very-preterm",
			"31.86, very-preterm", "32, moderate-late-preterm", "36.86, moderate-late-preterm", "37, term", "41.86, term",
			"42, post-term", "45, post-term"})
	void aGestationIsInTheBandItHasReached(String weeks, String band) {
		assertThat(CaseFact.gestationBand(Optional.of(new BigDecimal(weeks)))).hasValue(band);
	}

	@Test
	void noGestationGivenHasNoBand() {
		assertThat(CaseFact.gestationBand(Optional.empty())).isEmpty();
	}
}
