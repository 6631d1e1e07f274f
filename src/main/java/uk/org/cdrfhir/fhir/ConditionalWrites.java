package uk.org.cdrfhir.fhir;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;

/** Conditional creates, updates, patches and deletes: writes that find their record by a search, not by its id. */
public final class ConditionalWrites {

	private ConditionalWrites() {
	}

	public static boolean isConditional(RequestDetails request) {
		return byUrl(request) || ifNoneExist(request) != null;
	}

	/** An update, patch or delete whose URL is a search of its resource type ({@code PUT Task?identifier=...}), not an id. */
	public static boolean byUrl(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		boolean write = operation == RestOperationTypeEnum.UPDATE || operation == RestOperationTypeEnum.PATCH
				|| operation == RestOperationTypeEnum.DELETE;
		return write && (request.getId() == null || !request.getId().hasIdPart());
	}

	/** A create's If-None-Exist search, or null. */
	public static String ifNoneExist(RequestDetails request) {
		return request.getRestOperationType() == RestOperationTypeEnum.CREATE ? request.getHeader(Constants.HEADER_IF_NONE_EXIST) : null;
	}
}
