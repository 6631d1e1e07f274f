package uk.org.cdrfhir.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * FHIR records said for people: a one-line summary of any record, dates in the UK's format, the
 * case's number, stage and area, a child's age band. The pages show these instead of JSON.
 */
final class Readable {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

	private Readable() {
	}

	static String date(Date date, ZoneId zone) {
		return date == null ? "" : DAY.format(date.toInstant().atZone(zone));
	}

	static String dateTime(Date date, ZoneId zone) {
		return date == null ? "" : DAY_AND_TIME.format(date.toInstant().atZone(zone));
	}

	static String caseNumber(EpisodeOfCare episode) {
		return episode.getIdentifier().stream().filter(id -> CdrUrls.CASE_NUMBER_SYSTEM.equals(id.getSystem()))
				.map(Identifier::getValue).findFirst().orElse("EpisodeOfCare/" + episode.getIdPart());
	}

	/** The code of a coded extension of the case (stage, routing outcome, responsible area), if any. */
	static Optional<Coding> coded(EpisodeOfCare episode, String url) {
		Extension extension = episode.getExtensionByUrl(url);
		return extension != null && extension.getValue() instanceof Coding coding ? Optional.of(coding) : Optional.empty();
	}

	static String coding(Coding coding) {
		return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
	}

	static String concept(CodeableConcept concept) {
		if (concept == null) {
			return "";
		}
		if (concept.hasText()) {
			return concept.getText();
		}
		return concept.getCoding().stream().map(Readable::coding).collect(Collectors.joining(", "));
	}

	static String name(List<HumanName> names) {
		return names.isEmpty() ? "" : names.get(0).getNameAsSingleString();
	}

	/** The age band of the national data collection (CodeSystem cdr-age-band) at death, if both dates are known. */
	static String ageBand(Patient child) {
		if (!child.hasBirthDate() || !(child.getDeceased() instanceof DateTimeType died) || !died.hasValue()) {
			return "";
		}
		LocalDate born = child.getBirthDateElement().getValueAsCalendar().toZonedDateTime().toLocalDate();
		LocalDate death = died.getValueAsCalendar().toZonedDateTime().toLocalDate();
		long days = ChronoUnit.DAYS.between(born, death);
		long years = ChronoUnit.YEARS.between(born, death);
		if (days < 28) {
			return "Under 28 days";
		} else if (years < 1) {
			return "28 to 364 days";
		} else if (years < 5) {
			return "1 to 4 years";
		} else if (years < 10) {
			return "5 to 9 years";
		} else if (years < 15) {
			return "10 to 14 years";
		}
		return "15 to 17 years";
	}

	static String reference(Reference reference) {
		if (reference == null) {
			return "";
		}
		return reference.hasDisplay() ? reference.getDisplay() : reference.getReference();
	}

	/** One line about any record: the few elements that say what it is. */
	static String summary(Resource resource, ZoneId zone) {
		if (resource instanceof Patient child) {
			String nhsNumber = child.getIdentifier().stream().filter(id -> CdrUrls.NHS_NUMBER_SYSTEM.equals(id.getSystem()))
					.map(id -> "NHS number " + id.getValue()).findFirst().orElse(null);
			return String.join(", ", nonBlank(name(child.getName()), nhsNumber,
					child.hasBirthDate() ? "born " + date(child.getBirthDate(), zone) : null,
					child.getDeceased() instanceof DateTimeType died && died.hasValue() ? "died " + dateTime(died.getValue(), zone) : null));
		}
		if (resource instanceof EpisodeOfCare episode) {
			return caseNumber(episode) + coded(episode, CdrUrls.REVIEW_STAGE).map(stage -> ", " + coding(stage)).orElse("");
		}
		if (resource instanceof Task task) {
			return String.join(", ", nonBlank(concept(task.getCode()), task.getStatus() == null ? null : task.getStatus().getDisplay(),
					task.getRestriction().getPeriod().hasEnd() ? "due " + dateTime(task.getRestriction().getPeriod().getEnd(), zone) : null,
					task.hasOwner() ? "owner " + reference(task.getOwner()) : null));
		}
		if (resource instanceof Observation observation) {
			return concept(observation.getCode()) + (observation.hasValue() ? ": " + value(observation.getValue(), zone) : "");
		}
		if (resource instanceof Location location) {
			return String.join(", ", nonBlank(location.getName(), concepts(location.getType())));
		}
		if (resource instanceof RelatedPerson related) {
			return String.join(", ", nonBlank(name(related.getName()), concepts(related.getRelationship())));
		}
		if (resource instanceof PractitionerRole role) {
			return String.join(", ", nonBlank(concepts(role.getCode()), reference(role.getPractitioner()), reference(role.getOrganization())));
		}
		if (resource instanceof Practitioner practitioner) {
			return name(practitioner.getName());
		}
		if (resource instanceof Organization organization) {
			return organization.getName() + organization.getIdentifier().stream().findFirst().map(id -> " (" + id.getValue() + ")").orElse("");
		}
		if (resource instanceof CareTeam team) {
			return team.getParticipant().stream()
					.map(participant -> String.join(" ", nonBlank(concepts(participant.getRole()), reference(participant.getMember()))))
					.collect(Collectors.joining("; "));
		}
		if (resource instanceof Encounter encounter) {
			return String.join(", ", nonBlank(encounter.hasClass_() ? coding(encounter.getClass_()) : null,
					encounter.getPeriod().hasStart() ? "from " + dateTime(encounter.getPeriod().getStart(), zone) : null));
		}
		if (resource instanceof Composition composition) {
			return composition.getTitle() + ", " + dateTime(composition.getDate(), zone);
		}
		if (resource instanceof Provenance provenance) {
			return String.join(", ", nonBlank(concepts(provenance.getReason()), dateTime(provenance.getRecorded(), zone)));
		}
		if (resource instanceof AuditEvent event) {
			return String.join(", ", nonBlank(coding(event.getType()), event.hasAction() ? event.getAction().getDisplay() : null,
					dateTime(event.getRecorded(), zone)));
		}
		if (resource instanceof Bundle bundle) {
			return String.join(", ", nonBlank(bundle.hasType() ? bundle.getType().getDisplay() : null,
					bundle.getIdentifier().getValue(), bundle.hasTimestamp() ? dateTime(bundle.getTimestamp(), zone) : null));
		}
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
	}

	static String value(Type value, ZoneId zone) {
		if (value instanceof CodeableConcept concept) {
			return concept(concept);
		}
		if (value instanceof Coding coding) {
			return coding(coding);
		}
		if (value instanceof BooleanType yesNo) {
			return Boolean.TRUE.equals(yesNo.getValue()) ? "yes" : "no";
		}
		if (value instanceof DateTimeType when) {
			return dateTime(when.getValue(), zone);
		}
		if (value instanceof Quantity quantity) {
			return quantity.getValue() + " " + quantity.getUnit();
		}
		if (value instanceof Reference reference) {
			return reference(reference);
		}
		return value.isPrimitive() ? value.primitiveValue() : value.fhirType();
	}

	static String concepts(List<CodeableConcept> concepts) {
		return concepts.stream().map(Readable::concept).collect(Collectors.joining(", "));
	}

	private static List<String> nonBlank(String... parts) {
		return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
	}
}
