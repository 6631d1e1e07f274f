package uk.org.cdrfhir.review;

import java.util.Arrays;
import java.util.Optional;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;

import uk.org.cdrfhir.fhir.CdrUrls;

/** The stages of a case's review, in order (the IG's code system cdr-review-stage). */
public enum ReviewStage {
	NOTIFIED("notified", "Notified"),
	JAR("jar", "Joint Agency Response"),
	INFORMATION_GATHERING("information-gathering", "Information gathering"),
	CDRM("cdrm", "Child Death Review Meeting"),
	READY_FOR_PANEL("ready-for-panel", "Ready for panel"),
	REVIEWED_BY_PANEL("reviewed-by-panel", "Reviewed at panel"),
	CLOSED("closed", "Closed");

	private final String code;
	private final String display;

	ReviewStage(String code, String display) {
		this.code = code;
		this.display = display;
	}

	public String code() {
		return code;
	}

	public String display() {
		return display;
	}

	public static Optional<ReviewStage> ofCode(String code) {
		return Arrays.stream(values()).filter(stage -> stage.code.equals(code)).findFirst();
	}

	/** The stage a case is at (a case stored before stages were recorded is at the first). */
	public static ReviewStage of(EpisodeOfCare episode) {
		Extension stage = episode.getExtensionByUrl(CdrUrls.REVIEW_STAGE);
		return stage != null && stage.getValue() instanceof Coding coding ? ofCode(coding.getCode()).orElse(NOTIFIED) : NOTIFIED;
	}

	/** The case is at this stage (its review-stage extension keeps its place among the case's extensions). */
	public void applyTo(EpisodeOfCare episode) {
		Coding stage = new Coding(CdrUrls.REVIEW_STAGE_SYSTEM, code, display);
		Extension current = episode.getExtensionByUrl(CdrUrls.REVIEW_STAGE);
		if (current != null) {
			current.setValue(stage);
		} else {
			episode.addExtension(CdrUrls.REVIEW_STAGE, stage);
		}
	}
}
