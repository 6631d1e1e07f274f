package uk.org.cdrfhir.aggregates;

import java.util.OptionalInt;

/** A count as published: rounded, or suppressed (no count). */
record Cell(OptionalInt count) {

	static final Cell SUPPRESSED = new Cell(OptionalInt.empty());

	static Cell shown(int count) {
		return new Cell(OptionalInt.of(count));
	}

	boolean suppressed() {
		return count.isEmpty();
	}
}
