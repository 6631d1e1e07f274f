package uk.org.cdrfhir.routing.postcode;

/**
 * Where a full postcode lies: the GSS code of its local authority (e.g. {@code E06000032}, Luton), and
 * whether Royal Mail has terminated it (an old address may still carry it; its area still holds).
 *
 * @param postcode  normalised: upper case, no spaces ({@code LU40DZ})
 * @param gssCode   the local authority's GSS code
 * @param terminated whether the postcode is no longer in use
 */
public record PostcodeArea(String postcode, String gssCode, boolean terminated) {
}
