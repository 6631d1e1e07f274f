package uk.org.cdrfhir.intake;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.ResponseType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.fhir.FhirOperationProvider;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.conformance.SenderOutcome;

/**
 * {@code POST /fhir/$process-message}: a notification wrapped in a message. The document the
 * MessageHeader focuses on goes through the same intake as {@code POST /Bundle}; the answer is an
 * acknowledgement message whose {@code response.identifier} is the received MessageHeader's id:
 * {@code ok} (with the case and routing as information), {@code fatal-error} (the message or its
 * notification is wrong: do not resend as is) or {@code transient-error} (try again later), each
 * error with an OperationOutcome. The message is validated once, notification included (its
 * profile requires the notification entry to meet cdr-notification-bundle); the document is not
 * validated again when it is stored.
 */
@Component
public class NotificationMessageProvider implements FhirOperationProvider {

	private static final Logger log = LoggerFactory.getLogger(NotificationMessageProvider.class);

	private static final String MESSAGE_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-notification-message";
	private static final String ACK_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-acknowledgement";
	private static final String ACK_HEADER_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-acknowledgement-header";

	private final NotificationIntake intake;
	private final ProfileValidator validator;
	private final SenderOutcome senderOutcome;

	public NotificationMessageProvider(NotificationIntake intake, ProfileValidator validator, SenderOutcome senderOutcome) {
		this.intake = intake;
		this.validator = validator;
		this.senderOutcome = senderOutcome;
	}

	@Operation(name = "$process-message", idempotent = false)
	public Bundle processMessage(@OperationParam(name = "content", min = 1, max = 1) Bundle message,
			RequestDetails request) {
		MessageHeader header = message.getEntryFirstRep().getResource() instanceof MessageHeader found
				? found
				: new MessageHeader();
		ValidationResult validation = validator.validate(message, List.of(MESSAGE_PROFILE));
		OperationOutcome issues = senderOutcome.outcome(validation, message);
		if (!validation.isSuccessful()) {
			return acknowledgement(header, ResponseType.FATALERROR, issues, request);
		}
		try {
			Bundle document = focusedDocument(message, header);
			ProfileEnforcingInterceptor.validatedByCaller(document);
			NotificationIntake.Outcome outcome = intake.receive(document, request);
			// the warnings point into the message as sent
			outcome.report().getIssue().addAll(issues.getIssue());
			return acknowledgement(header, ResponseType.OK, outcome.report(), request);
		} catch (BaseServerResponseException refused) {
			boolean senderMustChange = refused.getStatusCode() >= 400 && refused.getStatusCode() < 500;
			OperationOutcome details = refused.getOperationOutcome() instanceof OperationOutcome outcome
					? outcome
					: OperationOutcomes.error(IssueType.PROCESSING, refused.getMessage());
			return acknowledgement(header, senderMustChange ? ResponseType.FATALERROR : ResponseType.TRANSIENTERROR,
					details, request);
		} catch (RuntimeException failure) {
			// the notification may well be fine: the sender should retry, we log why (no identifiers)
			log.error("Could not process a notification message: {}", failure.getClass().getName(), failure);
			return acknowledgement(header, ResponseType.TRANSIENTERROR,
					OperationOutcomes.error(IssueType.PROCESSING,
							"The server could not process the notification now; send the same message again later"), request);
		}
	}

	private static Bundle focusedDocument(Bundle message, MessageHeader header) {
		String focus = header.getFocusFirstRep().getReference();
		return message.getEntry().stream()
				.filter(entry -> entry.getFullUrl() != null && entry.getFullUrl().equals(focus))
				.map(Bundle.BundleEntryComponent::getResource)
				.map(Bundle.class::cast)
				.findFirst()
				.orElseThrow();
	}

	private static Bundle acknowledgement(MessageHeader received, ResponseType code, OperationOutcome details,
			RequestDetails request) {
		Bundle ack = new Bundle();
		ack.getMeta().addProfile(ACK_PROFILE);
		ack.setType(Bundle.BundleType.MESSAGE);
		ack.setTimestamp(new Date());
		ack.getIdentifier().setSystem(CdrUrls.BASE + "/Id/acknowledgement").setValue(UUID.randomUUID().toString());

		String detailsUrl = "urn:uuid:" + UUID.randomUUID();
		MessageHeader header = new MessageHeader();
		header.setId(UUID.randomUUID().toString());
		header.getMeta().addProfile(ACK_HEADER_PROFILE);
		header.setEvent(received.hasEventCoding()
				? received.getEventCoding().copy()
				: new org.hl7.fhir.r4.model.Coding(CdrUrls.BASE + "/CodeSystem/cdr-notification-event", "child-death-notification", null));
		header.getSender().setDisplay("cdr-fhir");
		header.getSource().setName("cdr-fhir").setEndpoint(request.getFhirServerBase());
		if (received.hasSource()) {
			header.addDestination().setEndpoint(received.getSource().getEndpoint());
		}
		header.getResponse().setIdentifier(received.getIdElement().getIdPart()).setCode(code)
				.setDetails(new Reference(detailsUrl));
		ack.addEntry().setFullUrl("urn:uuid:" + header.getIdElement().getIdPart()).setResource(header);
		ack.addEntry().setFullUrl(detailsUrl).setResource(details);
		return ack;
	}
}
