package uk.org.cdrfhir.synthetic;

import java.util.OptionalInt;
import java.util.Random;

import uk.org.cdrfhir.fhir.NhsNumber;

/** NHS numbers for synthetic children: only from the range reserved for testing, which starts 999. */
public final class NhsNumbers {

	public static final String TEST_RANGE_PREFIX = "999";

	private NhsNumbers() {
	}

	/** A random valid number in the test range. */
	public static String randomTestNumber(Random random) {
		while (true) {
			String firstNine = TEST_RANGE_PREFIX + String.format("%06d", random.nextInt(1_000_000));
			OptionalInt check = NhsNumber.checkDigit(firstNine);
			if (check.isPresent()) {
				return firstNine + check.getAsInt();
			}
		}
	}
}
