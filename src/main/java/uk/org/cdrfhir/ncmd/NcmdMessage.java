package uk.org.cdrfhir.ncmd;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * An NCMD notification as sent: a FHIR message (the guide's cdr-notification-message) whose header
 * focuses on the notification dataset, in JSON or XML. Built from the outbox entry alone (its
 * message id, the time it was written, the dataset), so every attempt sends the same bytes and the
 * receiver can recognise a message it has had before by {@code Bundle.identifier} or the header's id.
 */
final class NcmdMessage {

	static final String MESSAGE_ID_SYSTEM = CdrUrls.BASE + "/Id/ncmd-message";
	private static final String MESSAGE_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-notification-message";
	private static final String HEADER_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-message-header";
	private static final String EVENT_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-notification-event";
	private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

	/** Who sends: the partnership's organisation (ODS code and name) and this server's address. */
	record Sender(String odsCode, String name, String endpoint) {
	}

	private NcmdMessage() {
	}

	static byte[] encode(FhirContext fhirContext, NcmdOutbox.Entry entry, Sender sender, URI destination,
			NcmdProperties.Format format) {
		Bundle message = message(fhirContext, entry, sender, destination);
		String encoded = format == NcmdProperties.Format.FHIR_MESSAGE_XML
				? fhirContext.newXmlParser().encodeResourceToString(message)
				: fhirContext.newJsonParser().encodeResourceToString(message);
		return encoded.getBytes(StandardCharsets.UTF_8);
	}

	static Bundle message(FhirContext fhirContext, NcmdOutbox.Entry entry, Sender sender, URI destination) {
		Bundle dataset = fhirContext.newJsonParser().parseResource(Bundle.class, entry.payload());
		String documentUrl = "urn:uuid:" + UUID.nameUUIDFromBytes((entry.messageId() + "/dataset").getBytes(StandardCharsets.UTF_8));

		MessageHeader header = new MessageHeader();
		header.setId(entry.messageId());
		header.getMeta().addProfile(HEADER_PROFILE);
		header.setEvent(new Coding(EVENT_SYSTEM, "child-death-notification", "Child death notification"));
		header.setSender(new Reference().setIdentifier(new Identifier().setSystem(ODS_SYSTEM).setValue(sender.odsCode()))
				.setDisplay(sender.name()));
		header.getSource().setName("cdr-fhir").setEndpoint(sender.endpoint());
		header.addDestination().setName("National Child Mortality Database").setEndpoint(destination.toString());
		header.addFocus(new Reference(documentUrl));

		Bundle message = new Bundle();
		message.getMeta().addProfile(MESSAGE_PROFILE);
		message.setType(Bundle.BundleType.MESSAGE);
		message.getIdentifier().setSystem(MESSAGE_ID_SYSTEM).setValue(entry.messageId());
		message.setTimestamp(Date.from(entry.createdAt()));
		message.addEntry().setFullUrl("urn:uuid:" + entry.messageId()).setResource(header);
		message.addEntry().setFullUrl(documentUrl).setResource(dataset);
		return message;
	}
}
