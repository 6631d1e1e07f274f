package uk.org.cdrfhir.security;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Refuses a request body that holds more than {@link InputLimits} allow (entries of a Bundle, in all,
 * repeats of an element, nesting) with 413 and an OperationOutcome naming the limit and where it was
 * passed, before the body is parsed or validated: whether a notification, a transaction, a batch or a
 * message. The body is the one HAPI then parses (it is read once).
 */
@Component
@Interceptor
public class InputLimitsInterceptor implements FhirServerInterceptor {

	private final InputShape shape;

	public InputLimitsInterceptor(FhirContext fhirContext, InputLimits limits) {
		this.shape = new InputShape(fhirContext, limits);
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean refuseBodiesHoldingTooMuch(RequestDetails request) {
		RequestTypeEnum method = request.getRequestType();
		if (method != RequestTypeEnum.POST && method != RequestTypeEnum.PUT && method != RequestTypeEnum.PATCH) {
			return true;
		}
		EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
		if (encoding == null) {
			return true;
		}
		shape.firstExceeded(request.loadRequestContents(), encoding).ifPresent(exceeded -> {
			String diagnostics = "The request holds " + exceeded.what() + " at " + exceeded.expression()
					+ "; this server accepts at most " + exceeded.limit() + " (cdr.input-limits." + exceeded.setting()
					+ "). Nothing was processed.";
			OperationOutcome outcome = OperationOutcomes.error(IssueType.TOOCOSTLY, diagnostics);
			outcome.getIssueFirstRep().addExpression(exceeded.expression());
			throw new PayloadTooLargeException(diagnostics, outcome);
		});
		return true;
	}
}
