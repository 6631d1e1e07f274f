package uk.org.cdrfhir.security;

import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Resource;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The case a record belongs to, and so who may see it: every record of a case (the case itself,
 * the child, the notifications, tasks, and whatever is written about them) carries the case's
 * number as a tag and exactly the case's review-area label; a case with the CDR Manager (triage,
 * out of area) carries no area label, so only the Manager sees its records.
 */
public record CaseScope(String caseNumber, Optional<String> reviewArea) {

	/** The scope a stored record carries, if it belongs to a case (a case: its own). */
	public static Optional<CaseScope> of(IBaseResource stored) {
		if (stored instanceof EpisodeOfCare episode) {
			return ofCase(episode);
		}
		if (!(stored instanceof Resource resource)) {
			return Optional.empty();
		}
		Optional<String> caseNumber = resource.getMeta().getTag().stream()
				.filter(tag -> CdrUrls.CASE_NUMBER_SYSTEM.equals(tag.getSystem()) && tag.hasCode())
				.map(Coding::getCode)
				.findFirst();
		return caseNumber.map(number -> new CaseScope(number, AccessLabels.reviewAreaOf(resource)));
	}

	/** A case's own scope: its number (also on cases stored before records were tagged) and its area label. */
	public static Optional<CaseScope> ofCase(EpisodeOfCare episode) {
		return episode.getIdentifier().stream()
				.filter(identifier -> CdrUrls.CASE_NUMBER_SYSTEM.equals(identifier.getSystem()) && identifier.hasValue())
				.findFirst()
				.map(number -> new CaseScope(number.getValue(), AccessLabels.reviewAreaOf(episode)));
	}

	/** Gives the record exactly this scope: the case's tag and area label, and no other. */
	public void applyTo(Resource resource) {
		resource.getMeta().getTag().removeIf(tag -> CdrUrls.CASE_NUMBER_SYSTEM.equals(tag.getSystem()));
		resource.getMeta().addTag(CdrUrls.CASE_NUMBER_SYSTEM, caseNumber, null);
		resource.getMeta().getSecurity().removeIf(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()));
		reviewArea.ifPresent(area -> resource.getMeta().addSecurity(AccessLabels.reviewArea(area)));
	}

	/** The tag that marks a record as this case's ({@code _tag} searches find a case's records by it). */
	public Coding caseTag() {
		return new Coding(CdrUrls.CASE_NUMBER_SYSTEM, caseNumber, null);
	}
}
