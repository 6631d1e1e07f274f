package uk.org.cdrfhir.conformance;

import java.util.List;
import java.util.Set;

import org.hl7.fhir.common.hapi.validation.validator.FhirDefaultPolicyAdvisor;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities.SourcedChildDefinitions;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Element.SpecialElement;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.DiscriminatorType;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.IResourceValidator;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.ContainedReferenceValidationPolicy;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManager;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.utils.ElementInfo;
import org.hl7.fhir.validation.instance.utils.NodeStack;
import org.hl7.fhir.validation.instance.utils.ValidationContext;

/**
 * The HL7 instance validator with three shortcuts for documents, each answering as upstream would
 * without the work; reused for a few documents, forgetting each ({@link #forget}), with what is
 * learnt of the definitions shared between validations.
 * <ul>
 * <li>An entry that matched a slice of the Bundle's profile is validated there, against the slice's
 * profile, and not a second time against the unsliced Bundle.entry.resource (its base type and the
 * profiles it claims, which the slice's profile, derived from that type, and the slice pass already
 * covered); an entry no slice took is still validated there.</li>
 * <li>An entry is matched only against the entry slices of its resource type: upstream evaluated
 * every slice's discriminator for every entry (and wrote it out as text for an information message
 * nobody reads). An entry of a type no slice allows is still refused by the closed slicing.</li>
 * <li>Cardinalities of an element's children are counted in one pass ({@link ChildCardinalities});
 * upstream's check runs only where one does not hold, for its messages.</li>
 * </ul>
 *
 * <p>What this assumes of upstream (org.hl7.fhir.validation 6.7.9, HAPI FHIR 8.8.0), each checked by
 * {@code UpstreamAssumptionsTest} and the whole by {@code StockValidatorDifferentialTest}:
 * {@code InstanceValidator} asks its policy advisor's {@code policyForContained} for a Bundle entry's
 * resource first with the entry slice's definition and then with the unsliced
 * {@code Bundle.entry.resource} at the same path; it calls the public {@code matchSlice} for each
 * element and slice and {@code checkCardinalities} for each element with its children's definitions
 * assigned. If it stops calling one, the shortcut stops counting ({@link #shortcutsTaken}) and the
 * test fails; if its signature changes, this class no longer compiles. A reused validator judges as
 * a new one only while upstream keeps no other state between documents than {@link #forget} clears
 * or takes apart: {@code UpstreamAssumptionsTest} and {@code ValidatorMemoryTest} check that.
 */
class DocumentInstanceValidator extends InstanceValidator {

	/** How often each shortcut answered for upstream in this validator's validation. */
	record Shortcuts(int entryPassesSkipped, int slicesSkipped, int cardinalitiesCounted) {
	}

	private final ChildCardinalities cardinalities;
	private final EntrySliceTypes entrySliceTypes;
	private String slicedEntryPath;
	private int entryPassesSkipped;
	private int slicesSkipped;
	private int cardinalitiesCounted;
	private int validationsForgotten;

	DocumentInstanceValidator(IWorkerContext context, IHostApplicationServices hostServices, XVerExtensionManager xver,
			ValidatorSession session, ValidatorSettings settings, ChildCardinalities cardinalities,
			EntrySliceTypes entrySliceTypes) {
		super(context, hostServices, xver, session, settings);
		super.setPolicyAdvisor(new SlicedEntriesOnce());
		this.cardinalities = cardinalities;
		this.entrySliceTypes = entrySliceTypes;
	}

	/** Refused: the entry policy needs its own advisor (see above), which follows HAPI's defaults otherwise. */
	@Override
	public void setPolicyAdvisor(IValidationPolicyAdvisor advisor) {
		throw new UnsupportedOperationException("DocumentInstanceValidator has its own policy advisor");
	}

	Shortcuts shortcutsTaken() {
		return new Shortcuts(entryPassesSkipped, slicesSkipped, cardinalitiesCounted);
	}

	/** How many documents this validator has validated and forgotten. */
	int validationsForgotten() {
		return validationsForgotten;
	}

	/**
	 * Readies this validator for another document, so that it judges the next one as a new validator
	 * would and keeps nothing of {@code document} but a few detached elements. Upstream clears its
	 * per-document state (fetch cache, resource trackers, tracked messages) when a validation starts;
	 * what it keeps is cleared here: the definitions it already warned were deprecated, retired or
	 * withdrawn (a new validator warns again), the code texts it meant to check with an AI service.
	 * Its codings observer (read only when the IPS check is on) and its narrative anchors keep nodes
	 * of the documents, and through their parents the whole tree: the tree is taken apart instead,
	 * so each keeps only the few elements it points at. The parsed fragments are dropped.
	 */
	void forget(Element document) {
		statusWarnings.clear();
		getTextsToCheck().clear();
		validatedContent = null;
		if (document != null) {
			takeApart(document);
		}
		slicedEntryPath = null;
		entryPassesSkipped = 0;
		slicesSkipped = 0;
		cardinalitiesCounted = 0;
		validationsForgotten++;
	}

	private static void takeApart(Element element) {
		if (element.hasChildren()) {
			for (Element child : element.getChildren()) {
				takeApart(child);
			}
			element.getChildren().clear();
		}
	}

	@Override
	public boolean matchSlice(ValidationContext valContext, List<ValidationMessage> errors, List<ValidationMessage> sliceInfo,
			StructureDefinition profile, NodeStack stack, ElementDefinition slicer, List<ElementDefinition> slicerSlices,
			boolean unsupportedSlicing, List<String> problematicPaths, int sliceOffset, int i, StructureDefinition sd,
			ElementDefinition ed, boolean childUnsupportedSlicing, ElementInfo ei, BooleanHolder bh) {
		if (slicer != null && slicer != ed && isEntryOfOtherResourceType(slicer, sd, ed, ei)) {
			slicesSkipped++;
			// what upstream records for an element that does not match a slice
			if (ei.getSlice() == null) {
				ei.setAdditionalSlice(true);
			}
			if (childUnsupportedSlicing) {
				problematicPaths.add(ed.getPath());
			}
			return unsupportedSlicing;
		}
		return super.matchSlice(valContext, errors, sliceInfo, profile, stack, slicer, slicerSlices, unsupportedSlicing,
				problematicPaths, sliceOffset, i, sd, ed, childUnsupportedSlicing, ei, bh);
	}

	/**
	 * True when the slicing discriminates by the type of {@code resource} (Bundle entries) and the
	 * element's resource is of none of the types the slice allows; false when unsure.
	 */
	private boolean isEntryOfOtherResourceType(ElementDefinition slicer, StructureDefinition sd, ElementDefinition slice, ElementInfo ei) {
		if (!ei.getName().equals(slice.getPath().substring(slice.getPath().lastIndexOf('.') + 1))
				|| slicer.getSlicing().getDiscriminator().stream()
						.noneMatch(d -> d.getType() == DiscriminatorType.TYPE && "resource".equals(d.getPath()))) {
			return false;
		}
		Element resource = ei.getElement().getNamedChild("resource", false);
		Set<String> allowed = entrySliceTypes.allowedBy(sd, slice);
		return resource != null && !allowed.isEmpty() && !allowed.contains(resource.fhirType());
	}

	/** Upstream's check only where a cardinality does not hold, to say what is wrong (see {@link ChildCardinalities}). */
	@Override
	public boolean checkCardinalities(List<ValidationMessage> errors, StructureDefinition profile, Element element,
			NodeStack stack, SourcedChildDefinitions childDefinitions, List<ElementInfo> children, List<String> problematicPaths) {
		if (cardinalities.allHold(profile, childDefinitions.getList(), children)) {
			cardinalitiesCounted++;
			return true;
		}
		return super.checkCardinalities(errors, profile, element, stack, childDefinitions, children, problematicPaths);
	}

	/** HAPI's default policies, except for the second pass over a Bundle entry that matched a slice. */
	private final class SlicedEntriesOnce extends FhirDefaultPolicyAdvisor {
		@Override
		public ContainedReferenceValidationPolicy policyForContained(IResourceValidator validator, Object appContext,
				StructureDefinition structure, ElementDefinition element, String containerType, String containerId,
				SpecialElement containingResourceType, String path, String url) {
			if (containingResourceType == SpecialElement.BUNDLE_ENTRY) {
				if (element.getId().startsWith("Bundle.entry:")) {
					slicedEntryPath = path;
				} else if ("Bundle.entry.resource".equals(element.getId()) && path.equals(slicedEntryPath)) {
					entryPassesSkipped++;
					return ContainedReferenceValidationPolicy.IGNORE;
				}
			}
			return super.policyForContained(validator, appContext, structure, element, containerType, containerId,
					containingResourceType, path, url);
		}
	}
}
