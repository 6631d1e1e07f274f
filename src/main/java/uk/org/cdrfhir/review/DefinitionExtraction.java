package uk.org.cdrfhir.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;

/**
 * Observations from a form's answers, driven by the form alone, in the manner of SDC's
 * definition-based extraction: a question whose {@code item.definition} is
 * {@code <Observation profile URL>#<element id>} puts its answer into that element of an Observation
 * claiming that profile. The answers of one group instance (the response's top level, or one
 * repetition of a repeating group) that point at the same profile make one Observation; its code and
 * its components' codes are the fixed codes (patterns) of the profile. Nothing here knows a question.
 *
 * <p>The elements an item may point at are those the package's forms use: {@code Observation.value[x]},
 * {@code Observation.note.text} and {@code Observation.component:<slice>.value[x]}. Another is a
 * fault of the package, refused at start-up ({@link #requireSupported}).
 */
final class DefinitionExtraction {

	private record Link(String profileUrl, String elementId) {
		static Optional<Link> of(Questionnaire.QuestionnaireItemComponent question) {
			String definition = question.getDefinition();
			int hash = definition == null ? -1 : definition.indexOf('#');
			return hash < 0 ? Optional.empty() : Optional.of(new Link(definition.substring(0, hash), definition.substring(hash + 1)));
		}
	}

	private static final String VALUE = "Observation.value[x]";
	private static final String NOTE = "Observation.note.text";
	private static final String COMPONENT_PREFIX = "Observation.component:";
	private static final String COMPONENT_VALUE_SUFFIX = ".value[x]";

	private final Function<String, Optional<StructureDefinition>> profiles;

	DefinitionExtraction(Function<String, Optional<StructureDefinition>> profiles) {
		this.profiles = profiles;
	}

	/** The Observations the answers make (each with its profile, code and values; nothing about the case). */
	List<Observation> extract(Questionnaire form, QuestionnaireResponse answers) {
		List<Observation> extracted = new ArrayList<>();
		extractGroup(form.getItem(), answers.getItem(), extracted);
		return extracted;
	}

	/** Refuses a form with an item link this extraction cannot follow. */
	void requireSupported(Questionnaire form) {
		requireSupported(form.getUrl(), form.getItem());
	}

	private void requireSupported(String formUrl, List<Questionnaire.QuestionnaireItemComponent> questions) {
		for (Questionnaire.QuestionnaireItemComponent question : questions) {
			Link.of(question).ifPresent(link -> {
				StructureDefinition profile = profile(link);
				if (!link.elementId().equals(VALUE) && !link.elementId().equals(NOTE) && componentCode(profile, link.elementId()).isEmpty()) {
					throw new IllegalStateException(formUrl + " item " + question.getLinkId() + ": cannot extract into "
							+ link.elementId());
				}
			});
			requireSupported(formUrl, question.getItem());
		}
	}

	private void extractGroup(List<Questionnaire.QuestionnaireItemComponent> questions,
			List<QuestionnaireResponse.QuestionnaireResponseItemComponent> answered, List<Observation> extracted) {
		Map<String, Observation> ofThisGroup = new LinkedHashMap<>();
		for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : answered) {
			Optional<Questionnaire.QuestionnaireItemComponent> question = questions.stream()
					.filter(candidate -> candidate.getLinkId().equals(item.getLinkId())).findFirst();
			if (question.isEmpty()) {
				continue; // the validator refuses answers to questions the form does not have
			}
			if (question.get().getType() == Questionnaire.QuestionnaireItemType.GROUP) {
				extractGroup(question.get().getItem(), item.getItem(), extracted);
				continue;
			}
			Optional<Link> link = Link.of(question.get());
			if (link.isEmpty()) {
				continue;
			}
			StructureDefinition profile = profile(link.get());
			for (QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
				Observation observation = ofThisGroup.computeIfAbsent(profile.getUrl(), url -> newObservation(profile));
				put(observation, profile, link.get().elementId(), answer.getValue());
			}
		}
		extracted.addAll(ofThisGroup.values());
	}

	private static Observation newObservation(StructureDefinition profile) {
		Observation observation = new Observation();
		observation.getMeta().addProfile(profile.getUrl());
		observation.setCode(pattern(profile, "Observation.code").orElseThrow(() ->
				new IllegalStateException(profile.getUrl() + " fixes no Observation.code")));
		return observation;
	}

	private static void put(Observation observation, StructureDefinition profile, String elementId, Type answer) {
		if (elementId.equals(VALUE)) {
			observation.setValue(asValue(answer));
		} else if (elementId.equals(NOTE)) {
			observation.addNote().setText(answer.primitiveValue());
		} else {
			observation.addComponent().setCode(componentCode(profile, elementId).orElseThrow()).setValue(asValue(answer));
		}
	}

	/** An answer as an Observation value: a coded answer is a CodeableConcept there. */
	private static Type asValue(Type answer) {
		return answer instanceof Coding coding ? new CodeableConcept(coding.copy()) : answer.copy();
	}

	/** The code fixed on the component slice of {@code Observation.component:<slice>.value[x]}. */
	private static Optional<CodeableConcept> componentCode(StructureDefinition profile, String elementId) {
		if (!elementId.startsWith(COMPONENT_PREFIX) || !elementId.endsWith(COMPONENT_VALUE_SUFFIX)) {
			return Optional.empty();
		}
		String slice = elementId.substring(0, elementId.length() - COMPONENT_VALUE_SUFFIX.length());
		return pattern(profile, slice + ".code");
	}

	private static Optional<CodeableConcept> pattern(StructureDefinition profile, String elementId) {
		return profile.getSnapshot().getElement().stream()
				.filter(element -> elementId.equals(element.getId()))
				.map(ElementDefinition::getPattern)
				.filter(CodeableConcept.class::isInstance)
				.map(CodeableConcept.class::cast)
				.map(CodeableConcept::copy)
				.findFirst();
	}

	private StructureDefinition profile(Link link) {
		return profiles.apply(link.profileUrl())
				.orElseThrow(() -> new IllegalStateException("No profile " + link.profileUrl() + " in the package"));
	}
}
