package uk.org.cdrfhir.aggregates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.Map;
import java.util.function.IntFunction;

import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The cdr-child-deaths Measure evaluated on the projection for a standard period: a summary
 * MeasureReport (profile cdr-aggregate-report) whose every count has passed {@link DisclosureControl};
 * each area's stratum carries its rate per 100,000 children (from the published count, so the rate
 * reveals no more than the count, and none when the count is suppressed).
 */
@Component
public class ChildDeathsMeasure implements PeriodMeasure {

	public static final String ID = "cdr-child-deaths";
	public static final String URL = CdrUrls.BASE + "/Measure/" + ID;
	static final String PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-aggregate-report";
	/** The extension (true) that marks a suppressed count; such a population carries no count. */
	public static final String SUPPRESSED = CdrUrls.BASE + "/StructureDefinition/suppressed";
	static final String AGGREGATE_CODE_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-aggregate-code";
	private static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";

	private final CaseFactCounts counts;
	private final DisclosureControl disclosure;
	private final Map<String, Integer> populations;

	ChildDeathsMeasure(CaseFactCounts counts, DisclosureControl disclosure, AggregatesProperties properties) {
		this.counts = counts;
		this.disclosure = disclosure;
		this.populations = properties.populations();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public MeasureReport evaluate(StandardPeriod period) {
		MeasureReport report = new MeasureReport();
		report.getMeta().addProfile(PROFILE);
		report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE).setType(MeasureReport.MeasureReportType.SUMMARY)
				.setMeasure(URL).setDate(new Date());
		report.getPeriod().setStartElement(new DateTimeType(period.start().toString()))
				.setEndElement(new DateTimeType(period.end().toString()));
		counts.count(period).forEach(group -> report.addGroup(published(group)));
		return report;
	}

	private MeasureReportGroupComponent published(GroupCounts counts) {
		MeasureReportGroupComponent group = new MeasureReportGroupComponent();
		group.setCode(new CodeableConcept(new Coding(AGGREGATE_CODE_SYSTEM, counts.group().code(), null)));
		MeasureReportGroupPopulationComponent total = group.addPopulation().setCode(initialPopulation());
		write(total, disclosure.publish(counts.total()), total::setCount);
		counts.strata().forEach((stratifier, strata) -> {
			MeasureReportGroupStratifierComponent published = group.addStratifier();
			published.addCode(new CodeableConcept(new Coding(AGGREGATE_CODE_SYSTEM, stratifier.code(), null)));
			disclosure.publish(strata).forEach((value, cell) -> {
				StratifierGroupComponent stratum = published.addStratum().setValue(valueOf(stratifier, value));
				StratifierGroupPopulationComponent population = stratum.addPopulation().setCode(initialPopulation());
				write(population, cell, population::setCount);
				if (!cell.suppressed() && stratifier == Stratifier.AREA && populations.containsKey(value)) {
					stratum.setMeasureScore(ratePer100000(cell.count().getAsInt(), populations.get(value)));
				}
			});
		});
		return group;
	}

	/** A suppressed cell carries the suppressed extension and no count. */
	static void write(BackboneElement population, Cell cell, IntFunction<?> setCount) {
		if (cell.suppressed()) {
			population.addExtension(SUPPRESSED, new BooleanType(true));
		} else {
			setCount.apply(cell.count().getAsInt());
		}
	}

	private static Quantity ratePer100000(int count, int children) {
		BigDecimal rate = BigDecimal.valueOf(count * 100_000L).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP);
		return new Quantity().setValue(rate).setUnit("per 100,000 children aged 0 to 17");
	}

	private static CodeableConcept valueOf(Stratifier stratifier, String value) {
		if (value.equals(Stratifier.NOT_RECORDED)) {
			return new CodeableConcept().setText("Not recorded");
		}
		if (stratifier == Stratifier.AREA && value.equals(Stratifier.UNRESOLVED_AREA)) {
			return new CodeableConcept(new Coding(CdrUrls.ROUTING_OUTCOME_SYSTEM, value, "Residence unknown or not resolvable"));
		}
		return new CodeableConcept(new Coding(stratifier.system(), value, null));
	}

	private static CodeableConcept initialPopulation() {
		return new CodeableConcept(new Coding(POPULATION_SYSTEM, "initial-population", null));
	}
}
