package uk.org.cdrfhir.security;

import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The security labels ({@code meta.security}) that scope a record to the people who may see it:
 * the review area of a case (the id of the area's designated doctor), on the case and everything
 * of it; and the client that submitted a notification. Searches are narrowed by them
 * ({@link #REVIEW_AREA_PARAMETER}, {@code _security}) and every resource shown is checked for them.
 */
public final class AccessLabels {

	/** A record of a case in this review area (code: the area's designated doctor id). */
	public static final String REVIEW_AREA_SYSTEM = CdrUrls.BASE + "/Id/review-area";
	/**
	 * The search parameter (SearchParameter cdr-review-area) that finds records by their review-area
	 * label, as {@code _security} would: as a token index of its own, PostgreSQL knows how many records
	 * carry each area and checks it last, where {@code _security} (a join through HAPI's tag tables,
	 * estimated at a few rows per label) made it scan half the records first. A label changed in
	 * place must be indexed again ({@link CaseRecords}).
	 */
	public static final String REVIEW_AREA_PARAMETER = "review-area";
	/** A notification submitted by this OAuth client (code: the client id). */
	public static final String SUBMITTED_BY_SYSTEM = CdrUrls.BASE + "/Id/submitted-by";

	private AccessLabels() {
	}

	public static Coding reviewArea(String area) {
		return new Coding(REVIEW_AREA_SYSTEM, area, null);
	}

	public static Coding submittedBy(String clientId) {
		return new Coding(SUBMITTED_BY_SYSTEM, clientId, null);
	}

	/** The {@code _security} search value for a label. */
	public static String searchValue(Coding label) {
		return label.getSystem() + "|" + label.getCode();
	}

	public static boolean has(IBaseResource resource, Coding label) {
		return resource instanceof Resource r && r.getMeta().getSecurity().stream()
				.anyMatch(coding -> label.getSystem().equals(coding.getSystem()) && label.getCode().equals(coding.getCode()));
	}

	/** The review area a record is labelled with, if any. */
	public static Optional<String> reviewAreaOf(Resource resource) {
		return resource.getMeta().getSecurity().stream()
				.filter(label -> REVIEW_AREA_SYSTEM.equals(label.getSystem()) && label.hasCode())
				.map(Coding::getCode)
				.findFirst();
	}

	/** Adds the label unless present; replaces any other label of the same system. */
	public static void set(Resource resource, Coding label) {
		resource.getMeta().getSecurity().removeIf(coding -> label.getSystem().equals(coding.getSystem())
				&& !label.getCode().equals(coding.getCode()));
		if (!has(resource, label)) {
			resource.getMeta().addSecurity(label.copy());
		}
	}
}
