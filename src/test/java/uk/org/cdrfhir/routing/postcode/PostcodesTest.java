package uk.org.cdrfhir.routing.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

	@Test
	void normalisesCaseAndEverySpace() {
		assertThat(Postcodes.normalise("lu40dz")).isEqualTo("LU40DZ");
		assertThat(Postcodes.normalise(" LU4  0DZ ")).isEqualTo("LU40DZ");
		assertThat(Postcodes.normalise("MK42\t9DJ\u00A0")).isEqualTo("MK429DJ");
		assertThat(Postcodes.normalise(null)).isEmpty();
	}
}
