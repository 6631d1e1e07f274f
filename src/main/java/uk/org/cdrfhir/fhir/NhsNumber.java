package uk.org.cdrfhir.fhir;

import java.util.OptionalInt;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit over the first nine (weights 10 down to 2;
 * check digit = 11 - (sum mod 11), 11 becomes 0, and 10 means the nine digits cannot start a valid number).
 */
public final class NhsNumber {

	private NhsNumber() {
	}

	public static boolean isValid(String nhsNumber) {
		if (nhsNumber == null || !nhsNumber.matches("[0-9]{10}")) {
			return false;
		}
		OptionalInt check = checkDigit(nhsNumber.substring(0, 9));
		return check.isPresent() && check.getAsInt() == nhsNumber.charAt(9) - '0';
	}

	/** The check digit for nine digits, or empty when they would need a check digit of 10. */
	public static OptionalInt checkDigit(String firstNineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (firstNineDigits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - sum % 11;
		if (check == 10) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(check == 11 ? 0 : check);
	}
}
