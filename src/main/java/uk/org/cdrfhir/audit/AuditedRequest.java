package uk.org.cdrfhir.audit;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import uk.org.cdrfhir.security.Caller;

/** What the audit trail remembers of a request while it is handled, kept in its user data. */
final class AuditedRequest {

	private static final String KEY = AuditedRequest.class.getName();

	private boolean recorded;

	static AuditedRequest of(RequestDetails request) {
		Object existing = request.getUserData().get(KEY);
		if (existing instanceof AuditedRequest audited) {
			return audited;
		}
		AuditedRequest audited = new AuditedRequest();
		request.getUserData().put(KEY, audited);
		return audited;
	}

	/**
	 * The stored records a response shows the caller, after access control has left out the others:
	 * the entries of a search or history page (also an operation's, e.g. {@code $everything}), the
	 * record a read returns. An operation's own answer (an acknowledgement, Parameters) is no record.
	 */
	static List<IBaseResource> shownIn(RequestDetails request, IBaseResource response) {
		if (response instanceof Bundle page
				&& (page.getType() == Bundle.BundleType.SEARCHSET || page.getType() == Bundle.BundleType.HISTORY)) {
			return records(page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource));
		}
		if (response instanceof Bundle answers
				&& (answers.getType() == Bundle.BundleType.BATCHRESPONSE || answers.getType() == Bundle.BundleType.TRANSACTIONRESPONSE)) {
			// each entry's answer: a record read, or a page of a search or history
			return records(answers.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.flatMap(answer -> answer instanceof Bundle page ? page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
							: Stream.of(answer)));
		}
		RestOperationTypeEnum operation = request.getRestOperationType();
		boolean read = operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD;
		return read && response != null && response.getIdElement().hasIdPart() ? List.of(response) : List.of();
	}

	private static List<IBaseResource> records(Stream<Resource> resources) {
		return resources.filter(resource -> resource != null && !(resource instanceof OperationOutcome)
						&& resource.getIdElement().hasIdPart())
				.map(IBaseResource.class::cast)
				.toList();
	}

	/** True the first time only: one event per request, however many hooks see it. */
	boolean markRecorded() {
		boolean first = !recorded;
		recorded = true;
		return first;
	}


	static AuditTrail.Access access(RequestDetails request, Collection<IBaseResource> resources, boolean success,
			boolean clientError, String description) {
		String address = request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null
				? servlet.getServletRequest().getRemoteAddr() : null;
		return new AuditTrail.Access(Caller.current().orElse(null), address, interaction(request), query(request),
				entries(request), resources, success, clientError, description);
	}

	private static String interaction(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		if (operation == null) {
			return "unknown";
		}
		return switch (operation) {
			case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE, VALIDATE -> "operation";
			default -> operation.getCode();
		};
	}

	/** A batch's or transaction's entries as they were run ("GET Task?code=jar"): the searches a dashboard made, say. */
	private static List<String> entries(RequestDetails request) {
		if (request.getRestOperationType() != RestOperationTypeEnum.TRANSACTION || !(request.getResource() instanceof Bundle bundle)) {
			return List.of();
		}
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getRequest)
				.filter(asked -> asked.hasMethod() && asked.hasUrl())
				.map(asked -> asked.getMethod().toCode() + " " + asked.getUrl())
				.toList();
	}

	/** The request as the client sent it: method, path and query (operations are named in the path). */
	private static String query(RequestDetails request) {
		String path = request.getRequestPath();
		String query = request.getCompleteUrl() != null && request.getCompleteUrl().contains("?")
				? request.getCompleteUrl().substring(request.getCompleteUrl().indexOf('?')) : "";
		return request.getRequestType() + " " + (path == null ? "" : path) + query;
	}
}
