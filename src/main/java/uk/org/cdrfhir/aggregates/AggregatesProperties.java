package uk.org.cdrfhir.aggregates;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure control and the schedule of the aggregates ({@code cdr.aggregates.*} in application.yaml).
 *
 * @param suppressUpTo     counts from 1 to this are suppressed (NHS England: 7)
 * @param roundTo          other counts are rounded to the nearest multiple of this (NHS England: 5)
 * @param populations      ONS mid-year population aged 0 to 17 by area (GSS code), for rates per 100,000
 * @param scheduleEnabled  whether the server evaluates and stores the standard periods' reports itself
 * @param scheduleInterval how often each node looks for a report due (one node evaluates each, per day)
 */
@ConfigurationProperties(prefix = "cdr.aggregates")
public record AggregatesProperties(
		@DefaultValue("7") int suppressUpTo,
		@DefaultValue("5") int roundTo,
		@DefaultValue Map<String, Integer> populations,
		@DefaultValue("true") boolean scheduleEnabled,
		@DefaultValue("1h") Duration scheduleInterval) {
}
