package uk.org.cdrfhir.intake;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

import ca.uhn.fhir.jpa.rp.r4.BundleResourceProvider;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import uk.org.cdrfhir.fhir.ReplacesGeneratedProvider;

/**
 * {@code POST /fhir/Bundle}: a document Bundle is a child death notification and goes through the
 * intake (idempotent; 201 when new, 200 with the first answer when sent again). The body is an
 * OperationOutcome telling the sender the case and where it was routed, unless the sender asks for
 * the stored document with {@code Prefer: return=representation}. Other Bundles, and read and
 * search, behave as in HAPI.
 */
public class NotificationBundleProvider extends BundleResourceProvider implements ReplacesGeneratedProvider {

	private final NotificationIntake intake;

	public NotificationBundleProvider(NotificationIntake intake) {
		this.intake = intake;
	}

	@Override
	@Create
	public MethodOutcome create(HttpServletRequest request, @ResourceParam Bundle bundle,
			@ConditionalUrlParam String conditional, RequestDetails requestDetails) {
		if (bundle.getType() != Bundle.BundleType.DOCUMENT || conditional != null) {
			return super.create(request, bundle, conditional, requestDetails);
		}
		NotificationIntake.Outcome outcome = intake.receive(bundle, requestDetails);
		MethodOutcome result = new MethodOutcome(new IdType("Bundle", outcome.bundleId()), outcome.created());
		result.setOperationOutcome(outcome.report());
		String prefer = requestDetails.getHeader(Constants.HEADER_PREFER);
		result.setResource(prefer != null && prefer.contains(Constants.HEADER_PREFER_RETURN + "=" + Constants.HEADER_PREFER_RETURN_REPRESENTATION)
				? getDao().read(result.getId(), requestDetails)
				: outcome.report());
		return result;
	}
}
