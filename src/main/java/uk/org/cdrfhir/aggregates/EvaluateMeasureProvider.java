package uk.org.cdrfhir.aggregates;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.fhir.FhirOperationProvider;

/**
 * {@code GET /fhir/Measure/[id]/$evaluate-measure?periodStart=...&periodEnd=...}: the Measure's summary
 * report for a standard period (a month or a financial year), after disclosure control. Summary only:
 * a {@code subject} or a report type other than summary is refused (400), since no individual
 * result ever leaves the server as an aggregate.
 */
@Component
public class EvaluateMeasureProvider implements FhirOperationProvider {

	private final List<PeriodMeasure> measures;

	EvaluateMeasureProvider(List<PeriodMeasure> measures) {
		this.measures = measures;
	}

	@Operation(name = "$evaluate-measure", type = Measure.class, idempotent = true)
	public MeasureReport evaluateMeasure(@IdParam IdType measureId,
			@OperationParam(name = "periodStart", min = 1, max = 1) StringType periodStart,
			@OperationParam(name = "periodEnd", min = 1, max = 1) StringType periodEnd,
			@OperationParam(name = "reportType", max = 1) StringType reportType,
			@OperationParam(name = "subject", max = 1) StringType subject) {
		if (subject != null) {
			throw StandardPeriod.invalid("subject", "Aggregates are summaries only: no subject's individual result is given");
		}
		if (reportType != null && !"summary".equals(reportType.getValue())) {
			throw StandardPeriod.invalid("reportType", "Aggregates are summaries only: reportType is summary, not '"
					+ reportType.getValue() + "'");
		}
		StandardPeriod period = StandardPeriod.of(valueOf(periodStart), valueOf(periodEnd));
		return measures.stream().filter(measure -> measure.id().equals(measureId.getIdPart())).findFirst()
				.orElseThrow(() -> new ResourceNotFoundException(measureId))
				.evaluate(period);
	}

	private static String valueOf(StringType parameter) {
		return parameter == null ? null : parameter.getValue();
	}
}
