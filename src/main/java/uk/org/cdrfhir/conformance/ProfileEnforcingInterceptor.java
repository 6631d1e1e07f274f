package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.rest.server.method.ResourceParameter;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * Before anything is stored: a resource that a client sends claiming a cdr-fhir profile is
 * validated against it, every document Bundle is validated as a child death notification, and
 * every QuestionnaireResponse to one of the package's forms against that form, claimed or not,
 * whoever sends it. Errors refuse the write with 422 and an OperationOutcome naming
 * each element (FHIRPath) and rule; the transaction rolls back, so nothing is stored.
 *
 * <p>A resource that is the body of a create or update sent as JSON is validated in the text the
 * client sent ({@link ProfileValidator#validationAsSent}): a twentieth of a notification's validation
 * saved, and an element the parser would have dropped is reported instead of silently ignored.
 *
 * <p>Resources the server writes itself (the case, its tasks, the child's Patient: requests made
 * with {@link SystemRequestDetails}) are not validated again on the hot path of every notification;
 * tests check that they meet their profiles.
 *
 * <p>HAPI's RequestValidatingInterceptor and RepositoryValidatingInterceptor are not used: the first
 * sees only a request's body, not the resources a transaction or message stores, and neither can
 * validate the text the client sent, leave out the server's own writes, or take a notification its
 * caller has already validated (in a message, or beside its storage).
 */
@Component
@Interceptor
public class ProfileEnforcingInterceptor implements StorageInterceptor {

	public static final String NOTIFICATION_BUNDLE_PROFILE =
			CdrPackage.CANONICAL_BASE + "/StructureDefinition/cdr-notification-bundle";

	/** User data of a notification document its caller validates (see {@link #validatedByCaller}). */
	private static final String VALIDATED_BY_CALLER = ProfileEnforcingInterceptor.class.getName() + ".validatedByCaller";
	/** User data of a resource that passed validation with warnings (see {@link #warningsFound}). */
	private static final String WARNINGS = ProfileEnforcingInterceptor.class.getName() + ".warnings";

	private final ProfileValidator validator;
	private final SenderOutcome senderOutcome;
	private final FhirContext fhirContext;

	public ProfileEnforcingInterceptor(ProfileValidator validator, SenderOutcome senderOutcome, FhirContext fhirContext) {
		this.validator = validator;
		this.senderOutcome = senderOutcome;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource, RequestDetails request) {
		enforce(resource, request);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		enforce(updated, request);
	}

	/**
	 * Validates a notification document as storing it would, once: the intake workflow reads a
	 * notification only after this guard has passed it (or its caller validates it, see below).
	 */
	public void requireValid(Bundle document, RequestDetails request) {
		enforce(document, request);
		validatedByCaller(document);
	}

	/**
	 * Records that the caller validates a notification document against cdr-notification-bundle
	 * itself and refuses it if it fails, so that storing it does not validate it a second time: the
	 * notification entry of a cdr-notification-message (whose profile requires it to meet
	 * cdr-notification-bundle), or a document validated beside its storage
	 * ({@link ValidationBesideStorage}). Only the server's own code can set this.
	 */
	public static void validatedByCaller(Bundle document) {
		document.setUserData(VALIDATED_BY_CALLER, Boolean.TRUE);
	}

	static boolean isValidatedByCaller(IBaseResource resource) {
		return resource.getUserData(VALIDATED_BY_CALLER) != null;
	}

	private void enforce(IBaseResource resource, RequestDetails request) {
		if (isValidatedByCaller(resource)) {
			return;
		}
		List<String> required = requiredProfiles(resource);
		boolean fromClient = !(request instanceof SystemRequestDetails);
		if (required.isEmpty() && !(fromClient && claimsCdrProfile(resource))) {
			return;
		}
		String sentJson = sentJson(resource, request);
		refuseIfInvalid(sentJson != null
				? validator.validationAsSent(resource, sentJson, required).get()
				: validator.validate(resource, required), resource);
	}

	/**
	 * 422 with the validation's errors and warnings, for the sender ({@link SenderOutcome}), unless it
	 * passed; if it passed with warnings, they are kept on the resource for the answer
	 * ({@link #warningsFound}).
	 */
	void refuseIfInvalid(ValidationResult result, IBaseResource validated) {
		if (result.getMessages().isEmpty()) {
			return;
		}
		OperationOutcome outcome = senderOutcome.outcome(result, validated);
		if (!result.isSuccessful()) {
			throw new UnprocessableEntityException(fhirContext, outcome);
		}
		if (outcome.hasIssue()) {
			validated.setUserData(WARNINGS, outcome.getIssue());
		}
	}

	/** The warnings of a resource that passed validation when it was stored (none if it had none). */
	@SuppressWarnings("unchecked")
	public static List<OperationOutcome.OperationOutcomeIssueComponent> warningsFound(IBaseResource validated) {
		Object warnings = validated.getUserData(WARNINGS);
		return warnings == null ? List.of() : (List<OperationOutcome.OperationOutcomeIssueComponent>) warnings;
	}

	/** The JSON text the resource was parsed from, if it is the body of this create or update. */
	static String sentJson(IBaseResource resource, RequestDetails request) {
		byte[] body = request == null ? null : request.getRequestContentsIfLoaded();
		if (body == null || request.getResource() != resource
				|| (request.getRequestType() != RequestTypeEnum.POST && request.getRequestType() != RequestTypeEnum.PUT)
				|| RestfulServerUtils.determineRequestEncodingNoDefault(request) != EncodingEnum.JSON) {
			return null;
		}
		return new String(body, ResourceParameter.determineRequestCharset(request));
	}

	/**
	 * Profiles a resource must meet whatever it claims: a document Bundle is a notification; answers
	 * to one of the package's forms are an Analysis Form response or a reporting form response (and
	 * so are checked against the form itself, see {@link PackagedQuestionnaires}).
	 */
	static List<String> requiredProfiles(IBaseResource resource) {
		List<String> profiles = new ArrayList<>();
		if (resource instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT) {
			profiles.add(NOTIFICATION_BUNDLE_PROFILE);
		}
		if (resource instanceof QuestionnaireResponse answers && answers.hasQuestionnaire()
				&& answers.getQuestionnaire().startsWith(CdrUrls.FORM_BASE)) {
			profiles.add(answers.getQuestionnaire().equals(CdrUrls.ANALYSIS_FORM)
					? CdrUrls.ANALYSIS_RESPONSE_PROFILE : CdrUrls.REPORTING_FORM_RESPONSE_PROFILE);
		}
		return profiles;
	}

	private static boolean claimsCdrProfile(IBaseResource resource) {
		return ((Resource) resource).getMeta().getProfile().stream()
				.map(CanonicalType::getValue)
				.anyMatch(url -> url != null && url.startsWith(CdrPackage.CANONICAL_BASE + "/"));
	}
}
