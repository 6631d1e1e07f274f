package uk.org.cdrfhir.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the architecture's access matrix. A token carries one of them in a claim (by default
 * {@code cdr_role}, holding the {@link #claimValue()}); an identity provider's own values are mapped
 * to them by configuration ({@code cdr.security.role-mapping}).
 */
public enum CdrRole {
	/** An EPR system: submits notifications, reads what it submitted. */
	NOTIFIER("notifier"),
	/** The designated doctor for child deaths of an area (or their system): that area's cases only. */
	DESIGNATED_DOCTOR("designated-doctor"),
	/** The CDR Manager: all case work of the footprint. */
	CDR_MANAGER("cdr-manager"),
	/** A member of the CDR panel: anonymised panel summaries only. */
	PANEL_MEMBER("panel-member"),
	/** The ICS learning platform's analysts: de-identified aggregates only. */
	ICS_ANALYST("ics-analyst"),
	/** Configuration, conformance resources and the audit log; no case data. */
	ADMINISTRATOR("administrator");

	private final String claimValue;

	CdrRole(String claimValue) {
		this.claimValue = claimValue;
	}

	public String claimValue() {
		return claimValue;
	}

	public static Optional<CdrRole> ofClaimValue(String value) {
		return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
	}
}
