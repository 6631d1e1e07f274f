package uk.org.cdrfhir.security;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;

/** What a request does to a resource type, as the access rules distinguish it. */
public enum Interaction {
	READ(SmartScopes.Access.READ),
	SEARCH(SmartScopes.Access.SEARCH),
	CREATE(SmartScopes.Access.CREATE),
	UPDATE(SmartScopes.Access.UPDATE),
	DELETE(SmartScopes.Access.DELETE),
	HISTORY(SmartScopes.Access.READ),
	OPERATION(SmartScopes.Access.READ);

	private final SmartScopes.Access scopeAccess;

	Interaction(SmartScopes.Access scopeAccess) {
		this.scopeAccess = scopeAccess;
	}

	/** The SMART scope letter a token needs for it. */
	public SmartScopes.Access scopeAccess() {
		return scopeAccess;
	}

	/** The interaction of a HAPI operation type; null for those handled on their own (transactions, metadata). */
	public static Interaction of(RestOperationTypeEnum operation) {
		return switch (operation) {
			case READ, VREAD -> READ;
			case SEARCH_TYPE, SEARCH_SYSTEM, GET_PAGE -> SEARCH;
			case CREATE -> CREATE;
			case UPDATE, PATCH, META_ADD, META_DELETE -> UPDATE;
			case DELETE -> DELETE;
			case HISTORY_INSTANCE, HISTORY_TYPE, HISTORY_SYSTEM, META -> HISTORY;
			case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE, VALIDATE -> OPERATION;
			default -> null;
		};
	}
}
