package uk.org.cdrfhir.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** The effectiveness scores read as a person writes them: "1 day", "2.5 days", "40%". */
class ScoreWordingTest {

	@Test
	void oneDayIsSingularAndOtherScoresKeepTheirUnit() {
		assertThat(AnnualReports.score(score("1", "days"))).isEqualTo("1 day");
		assertThat(AnnualReports.score(score("1.0", "days"))).isEqualTo("1.0 day");
		assertThat(AnnualReports.score(score("2.5", "days"))).isEqualTo("2.5 days");
		assertThat(AnnualReports.score(score("0", "days"))).isEqualTo("0 days");
		assertThat(AnnualReports.score(score("40", "%"))).isEqualTo("40%");
	}

	private static Quantity score(String value, String unit) {
		return new Quantity().setValue(new BigDecimal(value)).setUnit(unit);
	}
}
