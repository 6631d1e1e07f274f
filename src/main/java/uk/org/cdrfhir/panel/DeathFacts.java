package uk.org.cdrfhir.panel;

import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * What a summary says of the death, as the case's latest notification states it: whether it was
 * expected, and the kind of place. Taken from the notification when the intake has it in hand, else
 * carried over from the case's stored summary, which took them from that same notification: a
 * notification never changes, and the next one to join the case brings its own.
 */
record DeathFacts(Optional<Coding> expectedness, Optional<Coding> placeOfDeathType) {

	static final String EXPECTEDNESS = "expectedness";
	static final String PLACE_OF_DEATH_TYPE = "place-of-death-type";

	static DeathFacts of(Bundle notification) {
		Optional<Coding> expectedness = resources(notification, Observation.class)
				.filter(observation -> observation.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, EXPECTEDNESS))
				.flatMap(observation -> CaseSummary.codingsOf(observation, CdrUrls.EXPECTEDNESS_SYSTEM))
				.findFirst();
		Optional<Coding> placeType = resources(notification, Location.class)
				.flatMap(place -> place.getType().stream())
				.flatMap(type -> type.getCoding().stream())
				.filter(coding -> CdrUrls.PLACE_OF_DEATH_TYPE_SYSTEM.equals(coding.getSystem()))
				.findFirst();
		return new DeathFacts(expectedness, placeType);
	}

	/** As the stored summary states them (its contained facts, see {@link CaseSummary}). */
	static DeathFacts carriedOver(Composition summary) {
		return new DeathFacts(CaseSummary.storedFact(summary, EXPECTEDNESS), CaseSummary.storedFact(summary, PLACE_OF_DEATH_TYPE));
	}

	static DeathFacts notStated() {
		return new DeathFacts(Optional.empty(), Optional.empty());
	}

	private static <T extends Resource> Stream<T> resources(Bundle notification, Class<T> type) {
		return notification.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(type::isInstance).map(type::cast);
	}
}
