package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.common.hapi.validation.validator.FhirDefaultPolicyAdvisor;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities.SourcedChildDefinitions;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.utils.ElementInfo;
import org.hl7.fhir.validation.instance.utils.NodeStack;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

/**
 * {@link ChildCardinalities} answers "all hold" exactly where upstream's
 * {@code InstanceValidator.checkCardinalities} finds nothing wrong: both are asked about every element
 * of the examples and of mutated documents (children dropped, duplicated, made lists and single
 * values), and must agree each time.
 */
class ChildCardinalitiesTest {

	private static final long SEED = 1717;
	private static final int MUTATED = 150;

	@Test
	void allHoldExactlyWhereUpstreamsCheckFindsNoError() {
		FhirContext fhirContext = FhirContext.forR4Cached();
		CdrPackage cdrPackage = CdrPackage.load(fhirContext);
		RememberingWorkerContext context = new RememberingWorkerContext(
				ProfileValidator.supportChain(fhirContext, cdrPackage, new DefaultProfileValidationSupport(fhirContext)));
		ChildCardinalities cardinalities = new ChildCardinalities(new ProfileUtilities(context, null, null));
		ValidatorDifferential corpus = new ValidatorDifferential();
		List<ValidatorDifferential.Document> documents = new ArrayList<>(corpus.examples());
		documents.addAll(corpus.invalidExamples());
		documents.addAll(corpus.mutated(SEED, MUTATED));

		List<String> disagreements = new ArrayList<>();
		int[] answers = new int[2];
		for (ValidatorDifferential.Document document : documents) {
			CrossCheckingValidator validator = new CrossCheckingValidator(context, cardinalities, document.name(), disagreements, answers);
			List<StructureDefinition> profiles = document.profiles().stream()
					.map(url -> context.fetchResource(StructureDefinition.class, url)).filter(p -> p != null).toList();
			validator.validate(null, new ArrayList<>(), new ByteArrayInputStream(document.json().getBytes(StandardCharsets.UTF_8)),
					FhirFormat.JSON, profiles);
		}

		assertThat(disagreements).isEmpty();
		assertThat(answers[0]).as("elements whose cardinalities all hold").isPositive();
		assertThat(answers[1]).as("elements with a cardinality broken").isPositive();
	}

	/** Upstream's validator, asking both for every element and recording where they differ. */
	private static final class CrossCheckingValidator extends InstanceValidator {
		private final ChildCardinalities cardinalities;
		private final String document;
		private final List<String> disagreements;
		private final int[] answers;

		CrossCheckingValidator(IWorkerContext context, ChildCardinalities cardinalities, String document, List<String> disagreements,
				int[] answers) {
			super(context, new FhirInstanceValidator.NullEvaluationContext(), new XVerExtensionManagerOld(context), new ValidatorSession(),
					new ValidatorSettings());
			// as HAPI's FhirInstanceValidator configured by ProfileValidator.configure
			setPolicyAdvisor(new FhirDefaultPolicyAdvisor());
			setAssumeValidRestReferences(true);
			setAnyExtensionsAllowed(true);
			setResourceIdRule(IdStatus.OPTIONAL);
			setErrorForUnknownProfiles(true);
			setUnknownCodeSystemsCauseErrors(true);
			this.cardinalities = cardinalities;
			this.document = document;
			this.disagreements = disagreements;
			this.answers = answers;
		}

		@Override
		public boolean checkCardinalities(List<ValidationMessage> errors, StructureDefinition profile, Element element, NodeStack stack,
				SourcedChildDefinitions childDefinitions, List<ElementInfo> children, List<String> problematicPaths) {
			boolean allHold = cardinalities.allHold(profile, childDefinitions.getList(), children);
			List<ValidationMessage> found = new ArrayList<>();
			boolean upstream = super.checkCardinalities(found, profile, element, stack, childDefinitions, children, problematicPaths);
			boolean upstreamFoundNothing = upstream && found.stream().noneMatch(message -> message.getLevel().isError());
			answers[allHold ? 0 : 1]++;
			if (allHold != upstreamFoundNothing) {
				disagreements.add(document + " at " + stack.getLiteralPath() + ": all hold " + allHold + ", upstream " + found);
			}
			errors.addAll(found);
			return upstream;
		}
	}
}
