package uk.org.cdrfhir.aggregates;

import org.hl7.fhir.r4.model.MeasureReport;

/** A Measure of the IG the server evaluates itself, for a standard period, after disclosure control. */
interface PeriodMeasure {

	/** The Measure's id on this server (and in the IG). */
	String id();

	MeasureReport evaluate(StandardPeriod period);
}
