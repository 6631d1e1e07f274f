package uk.org.cdrfhir.synthetic;

import org.hl7.fhir.r4.model.Bundle;

import uk.org.cdrfhir.fhir.AgeBand;

/** One generated notification document, with the facts it was written from (for summaries and tests). */
public final class SyntheticNotification {

	private final Bundle bundle;
	private final SyntheticDeath death;
	private final NotificationSender sender;

	SyntheticNotification(Bundle bundle, SyntheticDeath death, NotificationSender sender) {
		this.bundle = bundle;
		this.death = death;
		this.sender = sender;
	}

	/** The document Bundle; a fresh copy each call, so callers may change it freely. */
	public Bundle bundle() {
		return bundle.copy();
	}

	public String identifierValue() {
		return bundle.getIdentifier().getValue();
	}

	/** The child's NHS number, or null when the document gives the reason it is absent. */
	public String nhsNumber() {
		return death.nhsNumber();
	}

	public AgeBand ageBand() {
		return death.ageBand();
	}

	public boolean expected() {
		return death.expected();
	}

	/** Whether the category of death a panel would most likely record is "perinatal/neonatal event". */
	public boolean perinatalOrNeonatalEvent() {
		return death.scenario().likelyCategory() == DeathScenario.PERINATAL_NEONATAL_EVENT;
	}

	public HomeArea residence() {
		return death.home().residence();
	}

	public PlaceOfDeathType placeOfDeath() {
		return death.placeOfDeath();
	}

	public boolean coronerReferral() {
		return death.coronerReferral();
	}

	public NotifyingSite notifyingSite() {
		return sender.site();
	}

	SyntheticDeath death() {
		return death;
	}

	NotificationSender sender() {
		return sender;
	}
}
