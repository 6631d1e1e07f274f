package uk.org.cdrfhir.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;

class AgeBandTest {

	@Test
	void theBandsAreTheCodesOfThePublishedCodeSystem() throws IOException {
		CodeSystem published = FhirContext.forR4Cached().newJsonParser().parseResource(CodeSystem.class,
				Files.readString(Path.of("profiles/package/CodeSystem-cdr-age-band.json")));

		assertThat(published.getUrl()).isEqualTo(AgeBand.SYSTEM);
		assertThat(Arrays.stream(AgeBand.values()).collect(Collectors.toMap(AgeBand::code, AgeBand::display)))
				.isEqualTo(published.getConcept().stream().collect(Collectors.toMap(c -> c.getCode(), c -> c.getDisplay())));
	}

	@Test
	void theBandIsTakenFromTheAgeAtDeathWithItsBoundariesOnTheBirthdays() {
		LocalDate born = LocalDate.of(2020, 2, 29);
		Map<LocalDate, AgeBand> deaths = Map.of(
				born, AgeBand.UNDER_28_DAYS,
				born.plusDays(27), AgeBand.UNDER_28_DAYS,
				born.plusDays(28), AgeBand.DAYS_28_TO_364,
				// born on 29 February: the birthday in other years is 1 March
				LocalDate.of(2021, 2, 28), AgeBand.DAYS_28_TO_364,
				LocalDate.of(2021, 3, 1), AgeBand.YEARS_1_TO_4,
				LocalDate.of(2025, 2, 28), AgeBand.YEARS_1_TO_4,
				LocalDate.of(2025, 3, 1), AgeBand.YEARS_5_TO_9,
				LocalDate.of(2035, 3, 1), AgeBand.YEARS_15_TO_17);
		deaths.forEach((died, band) -> assertThat(AgeBand.at(born, died)).as("died %s", died).isEqualTo(band));
	}
}
