package uk.org.cdrfhir.synthetic;

/**
 * A synthetic child's home address.
 *
 * @param residence            where the child lived, as routing should conclude
 * @param line                 house number and street; null when the address is not known
 * @param city                 post town; null when not known
 * @param postcode             full postcode; null when not known
 * @param text                 free text for an address without a postcode; null otherwise
 * @param country              ISO 3166 code
 * @param statedLocalAuthority the local authority the sender states (GSS code), null when it states none
 */
public record HomeAddress(HomeArea residence, String line, String city, String postcode, String text,
		String country, String statedLocalAuthority) {
}
