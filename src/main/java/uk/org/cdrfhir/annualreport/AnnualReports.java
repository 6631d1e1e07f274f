package uk.org.cdrfhir.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import uk.org.cdrfhir.aggregates.AggregatesProperties;
import uk.org.cdrfhir.aggregates.ChildDeathsMeasure;
import uk.org.cdrfhir.aggregates.EffectivenessMeasure;
import uk.org.cdrfhir.aggregates.StandardPeriod;

/**
 * Builds the annual report from the year's MeasureReports, read through the FHIR API with the
 * caller's client (so the API's access rules and audit apply): the report the server stored for the
 * year, else the Measure evaluated now by {@code $evaluate-measure}. Nothing is counted here: every
 * figure is a published (suppressed or rounded) value of those reports.
 */
@Component
public class AnnualReports {

	/** The stratifiers of the deaths in the year that the report draws, in the report's order. */
	private static final List<String> DEATHS_BY = List.of("area", "age-band", "sex", "ethnicity-group", "expectedness",
			"place-of-death", "jar", "sudi");
	/** What the panel's reviews of the year decided (known only once a death is reviewed). */
	private static final List<String> REVIEWS_BY = List.of("category", "modifiable-factors");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Labels labels;
	private final int suppressUpTo;

	AnnualReports(Labels labels, AggregatesProperties aggregates) {
		this.labels = labels;
		this.suppressUpTo = aggregates.suppressUpTo();
	}

	/** A Measure's report of a period, and whether the server had stored it. */
	private record Read(MeasureReport report, boolean stored) {
	}

	public AnnualReport read(IGenericClient client, FinancialYear year, LocalDate today, ZoneId zone) {
		Read childDeaths = read(client, ChildDeathsMeasure.ID, ChildDeathsMeasure.URL, year.period());
		Read effectiveness = read(client, EffectivenessMeasure.ID, EffectivenessMeasure.URL, year.period());
		MeasureReportGroupComponent openCases = group(effectiveness.report(), "open-cases").orElse(null);
		return new AnnualReport(year, year.inProgress(today),
				List.of(source("Child deaths", childDeaths, zone), source("Effectiveness", effectiveness, zone)),
				childDeaths.report().getGroup().stream()
						.map(group -> new AnnualReport.Total(labels.of(group.getCode()), count(group.getPopulationFirstRep())))
						.toList(),
				charts(childDeaths.report(), "died", DEATHS_BY), charts(childDeaths.report(), "reviewed", REVIEWS_BY),
				effectiveness.report().getGroup().stream().map(this::clock).toList(),
				openCases == null || !openCases.hasStratifier() ? null : chart("open-cases", openCases.getStratifierFirstRep(),
						"Cases open at the end of the year by age of case", "Cases"),
				suppressUpTo);
	}

	/**
	 * The report stored for exactly this period (the search also finds the year's months), the latest
	 * if several; else the Measure evaluated now.
	 */
	private static Read read(IGenericClient client, String measureId, String measureUrl, StandardPeriod period) {
		Bundle found = client.search().byUrl("MeasureReport?measure=" + measureUrl + "&period=ge" + period.start()
						+ "&period=le" + period.end() + "&_count=100")
				.returnBundle(Bundle.class).execute();
		Optional<MeasureReport> stored = found.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(MeasureReport.class::isInstance).map(MeasureReport.class::cast)
				.filter(report -> period.start().toString().equals(report.getPeriod().getStartElement().getValueAsString())
						&& period.end().toString().equals(report.getPeriod().getEndElement().getValueAsString()))
				.max(Comparator.comparing(MeasureReport::getDate, Comparator.nullsFirst(Comparator.naturalOrder())));
		if (stored.isPresent()) {
			return new Read(stored.get(), true);
		}
		Parameters periodAsked = new Parameters();
		periodAsked.addParameter().setName("periodStart").setValue(new StringType(period.start().toString()));
		periodAsked.addParameter().setName("periodEnd").setValue(new StringType(period.end().toString()));
		MeasureReport evaluated = client.operation().onInstance("Measure/" + measureId).named("$evaluate-measure")
				.withParameters(periodAsked).useHttpGet().returnResourceType(MeasureReport.class).execute();
		return new Read(evaluated, false);
	}

	private static AnnualReport.Source source(String measure, Read read, ZoneId zone) {
		String when = read.report().hasDate() ? DAY.format(read.report().getDate().toInstant().atZone(zone)) : "an unknown date";
		return new AnnualReport.Source(measure, read.stored()
				? "MeasureReport/" + read.report().getIdElement().getIdPart() + ", stored on " + when
				: "evaluated on " + when + " by $evaluate-measure (no report of the year was stored yet)");
	}

	private List<BarChart> charts(MeasureReport report, String groupCode, List<String> stratifiers) {
		return group(report, groupCode).map(group -> stratifiers.stream()
				.flatMap(code -> group.getStratifier().stream()
						.filter(stratifier -> code.equals(stratifier.getCodeFirstRep().getCodingFirstRep().getCode()))
						.map(stratifier -> chart(groupCode + "-" + code, stratifier,
								labels.of(group.getCode()) + " by " + labels.of(stratifier.getCodeFirstRep()).toLowerCase(), "Deaths")))
				.toList()).orElse(List.of());
	}

	private BarChart chart(String id, MeasureReportGroupStratifierComponent stratifier, String title, String counted) {
		List<BarChart.Row> rows = stratifier.getStratum().stream().map(stratum -> new BarChart.Row(labels.of(stratum.getValue()),
				count(stratum.getPopulationFirstRep()), rate(stratum))).toList();
		return new BarChart(id, title, labels.of(stratifier.getCodeFirstRep()), counted, rows, rows.stream().anyMatch(row -> row.rate() != null));
	}

	private AnnualReport.Effectiveness clock(MeasureReportGroupComponent group) {
		Optional<MeasureReportGroupPopulationComponent> numerator = population(group, "numerator");
		MeasureReportGroupPopulationComponent cases = population(group, "denominator")
				.or(() -> population(group, "initial-population")).orElseGet(MeasureReportGroupPopulationComponent::new);
		return new AnnualReport.Effectiveness(labels.of(group.getCode()), count(cases), numerator.map(AnnualReports::count).orElse(null),
				group.hasMeasureScore() ? score(group.getMeasureScore()) : null);
	}

	private static Optional<MeasureReportGroupComponent> group(MeasureReport report, String code) {
		return report.getGroup().stream().filter(group -> code.equals(group.getCode().getCodingFirstRep().getCode())).findFirst();
	}

	private static Optional<MeasureReportGroupPopulationComponent> population(MeasureReportGroupComponent group, String code) {
		return group.getPopulation().stream().filter(population -> code.equals(population.getCode().getCodingFirstRep().getCode()))
				.findFirst();
	}

	private static PublishedCount count(MeasureReportGroupPopulationComponent population) {
		return PublishedCount.of(population, population.getCountElement());
	}

	private static PublishedCount count(MeasureReport.StratifierGroupPopulationComponent population) {
		return PublishedCount.of(population, population.getCountElement());
	}

	/** An area's rate per 100,000 children, as the report gives it. */
	private static String rate(StratifierGroupComponent stratum) {
		return stratum.hasMeasureScore() ? stratum.getMeasureScore().getValue().toPlainString() : null;
	}

	static String score(Quantity score) {
		BigDecimal value = score.getValue();
		if ("%".equals(score.getUnit())) {
			return value.toPlainString() + "%";
		}
		// "1 day", not "1 days"
		String unit = "days".equals(score.getUnit()) && value.compareTo(BigDecimal.ONE) == 0 ? "day" : score.getUnit();
		return value.toPlainString() + " " + unit;
	}
}
