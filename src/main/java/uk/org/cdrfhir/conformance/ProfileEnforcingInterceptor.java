package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.config.StorageInterceptor;

/**
 * Before anything is stored: a resource that claims a cdr-fhir profile is validated against it, and
 * every document Bundle is validated as a child death notification, claimed or not. Errors refuse
 * the write with 422 and an OperationOutcome naming each element (FHIRPath) and rule; the
 * transaction rolls back, so nothing is stored.
 */
@Component
@Interceptor
public class ProfileEnforcingInterceptor implements StorageInterceptor {

	public static final String NOTIFICATION_BUNDLE_PROFILE =
			CdrPackage.CANONICAL_BASE + "/StructureDefinition/cdr-notification-bundle";

	private final ProfileValidator validator;
	private final FhirContext fhirContext;

	public ProfileEnforcingInterceptor(ProfileValidator validator, FhirContext fhirContext) {
		this.validator = validator;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		enforce(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		enforce(updated);
	}

	private void enforce(IBaseResource resource) {
		List<String> required = requiredProfiles(resource);
		if (required.isEmpty() && !claimsCdrProfile(resource)) {
			return;
		}
		ValidationResult result = validator.validate(resource, required);
		List<SingleValidationMessage> errors = result.getMessages().stream()
				.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.toList();
		if (!errors.isEmpty()) {
			OperationOutcome outcome = (OperationOutcome) result.toOperationOutcome();
			outcome.getIssue().removeIf(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.INFORMATION);
			throw new UnprocessableEntityException(fhirContext, outcome);
		}
	}

	/** Profiles a resource must meet whatever it claims. */
	private static List<String> requiredProfiles(IBaseResource resource) {
		List<String> profiles = new ArrayList<>();
		if (resource instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT) {
			profiles.add(NOTIFICATION_BUNDLE_PROFILE);
		}
		return profiles;
	}

	private static boolean claimsCdrProfile(IBaseResource resource) {
		return ((Resource) resource).getMeta().getProfile().stream()
				.map(CanonicalType::getValue)
				.anyMatch(url -> url != null && url.startsWith(CdrPackage.CANONICAL_BASE + "/"));
	}
}
