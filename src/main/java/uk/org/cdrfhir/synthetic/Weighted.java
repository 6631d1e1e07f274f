package uk.org.cdrfhir.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A choice among options with relative weights; options keep their order, so a seed gives the same picks. */
final class Weighted<T> {

	private final List<T> options = new ArrayList<>();
	private final List<Double> cumulativeWeights = new ArrayList<>();
	private double total;

	Weighted<T> or(T option, double weight) {
		if (weight <= 0) {
			throw new IllegalArgumentException("weight must be positive: " + option + " " + weight);
		}
		total += weight;
		options.add(option);
		cumulativeWeights.add(total);
		return this;
	}

	T pick(Random random) {
		double point = random.nextDouble() * total;
		for (int i = 0; i < options.size(); i++) {
			if (point < cumulativeWeights.get(i)) {
				return options.get(i);
			}
		}
		return options.get(options.size() - 1);
	}

	static <T> Weighted<T> of(T option, double weight) {
		return new Weighted<T>().or(option, weight);
	}
}
