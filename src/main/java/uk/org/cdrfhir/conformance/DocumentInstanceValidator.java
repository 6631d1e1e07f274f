package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.common.hapi.validation.validator.FhirDefaultPolicyAdvisor;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities.SourcedChildDefinitions;
import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Element.SpecialElement;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.DiscriminatorType;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r5.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.IResourceValidator;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor.ReferenceDestinationType;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher.ResourceVersionInformation;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.ContainedReferenceValidationPolicy;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManager;
import org.hl7.fhir.utilities.Utilities;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueType;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.utils.ElementInfo;
import org.hl7.fhir.validation.instance.utils.IndexedElement;
import org.hl7.fhir.validation.instance.utils.NodeStack;
import org.hl7.fhir.validation.instance.utils.ResolvedReference;
import org.hl7.fhir.validation.instance.utils.ValidationContext;

/**
 * The HL7 instance validator, validating each resource of a Bundle once: a reference to another
 * entry of the Bundle is checked for existence and target type, and its target is not validated
 * again; an entry that matched a slice of the Bundle's profile is not validated a second time
 * against the unsliced Bundle.entry.resource (see {@link TargetPolicyAdvisor#policyForContained}).
 *
 * <p>Upstream hard-codes "check valid" for such references: each one re-validated its target
 * against the base definition of every allowed target type and against the profiles the target
 * claims, a quarter of a notification's validation. Every entry is still validated in full, once,
 * against its profile through the Bundle profile's entry slices; since our references name base
 * types, the re-validation could only add information-level copies of the entry's own errors.
 *
 * <p>An entry is matched only against the entry slices of its resource type: upstream evaluated every
 * slice's discriminator for every entry, and for each slice that did not match it wrote the
 * discriminator out as text twice for an information message nobody reads (a tenth of a
 * notification's validation). An entry whose resource type no slice allows is still refused by the
 * closed slicing, with the messages of the slices of its own type.
 *
 * <p>Cardinalities are counted in one pass over an element's children ({@link ChildCardinalities});
 * upstream's check runs only where one does not hold, for its messages. Invariants are keyed once
 * per constraint ({@link CheckedInvariants}).
 *
 * <p>The only hooks are public or protected methods: {@link #localResolve} hands a reference
 * resolved in the Bundle back as unresolved, so that checkReference asks the policy advisor, which
 * answers CHECK_EXISTS_AND_TYPE for it, and the fetcher, which returns the entry it was resolved to.
 * The fetcher is set only for that moment (from the resolution to the "can't resolve" rule that
 * checkReference always evaluates next), because a validator with a fetcher also resolves every URL
 * it meets, which ours must not.
 */
class DocumentInstanceValidator extends InstanceValidator {

	private static final String CANT_RESOLVE = "Reference_REF_CantResolve";

	private final IValidatorResourceFetcher targetFetcher = new TargetFetcher();
	private IValidatorResourceFetcher configuredFetcher;
	private String targetReference;
	private Element target;
	private String slicedEntryPath;
	private final Map<ElementDefinition, Set<String>> sliceResourceTypes = new IdentityHashMap<>();
	private final ChildCardinalities cardinalities;
	private final CheckedInvariants invariants;

	DocumentInstanceValidator(IWorkerContext context, IHostApplicationServices hostServices, XVerExtensionManager xver,
			ValidatorSession session, ValidatorSettings settings) {
		super(context, hostServices, xver, session, settings);
		super.setPolicyAdvisor(new TargetPolicyAdvisor());
		ValidationLeftovers.observeCodingsWithoutKeeping(this, context, settings, xver, session);
		this.cardinalities = new ChildCardinalities(new ProfileUtilities(context, null, null, getFHIRPathEngine()));
		this.invariants = new CheckedInvariants(context.getVersion());
	}

	/** Refused: the reference policy and the fetcher work together here (see above). */
	@Override
	public void setPolicyAdvisor(IValidationPolicyAdvisor advisor) {
		throw new UnsupportedOperationException("DocumentInstanceValidator has its own reference policy");
	}

	@Override
	public IResourceValidator setFetcher(IValidatorResourceFetcher fetcher) {
		configuredFetcher = fetcher;
		return super.setFetcher(fetcher);
	}

	@Override
	public ResolvedReference localResolve(String ref, NodeStack stack, List<ValidationMessage> errors, String path,
			Element rootResource, Element groupingResource, Element source, BooleanHolder bh, BooleanHolder stop) {
		// checkReference is the only caller that passes the root; FHIRPath's resolve() needs the real answer
		if (rootResource == null || ref.startsWith("#") || ref.contains("?")) {
			return super.localResolve(ref, stack, errors, path, rootResource, groupingResource, source, bh, stop);
		}
		Element resolved;
		if (Utilities.isAbsoluteUrl(ref)) {
			Optional<Element> inBundle = resolveAbsoluteInBundle(ref, stack, errors, path, bh);
			if (inBundle == null) {
				return super.localResolve(ref, stack, errors, path, rootResource, groupingResource, source, bh, stop);
			}
			resolved = inBundle.orElse(null);
		} else {
			ResolvedReference reference = super.localResolve(ref, stack, errors, path, rootResource, groupingResource, source, bh, stop);
			resolved = reference == null || stop.ok() ? null : reference.getResource();
			if (reference != null && resolved == null) {
				return reference;
			}
		}
		if (resolved != null) {
			targetReference = ref;
			target = resolved;
			super.setFetcher(targetFetcher);
		}
		return null;
	}

	/**
	 * Upstream's resolution of an absolute reference from inside a Bundle entry, without its first
	 * step: matching the entry's fullUrl against a long pattern, compiled anew for every reference
	 * (a tenth of a notification's validation), whose outcome only matters for relative references.
	 * Returns null where upstream would do more than this (an entry without fullUrl, a Parameters
	 * resource on the way), so that the caller leaves those to upstream.
	 */
	private Optional<Element> resolveAbsoluteInBundle(String ref, NodeStack stack, List<ValidationMessage> errors, String path,
			BooleanHolder bh) {
		String fullUrl = null;
		for (Element focus = stack.getElement(); focus != null; focus = focus.getParentForValidator()) {
			Element parent = focus.getParentForValidator();
			if (focus.getSpecial() == SpecialElement.BUNDLE_ENTRY && fullUrl == null && parent != null && parent.getName().equals("entry")) {
				fullUrl = parent.getChildValue("fullUrl");
				if (fullUrl == null) {
					return null;
				}
			}
			if ("Bundle".equals(focus.getType())) {
				String type = focus.getChildValue("type");
				IndexedElement match = getFromBundle(focus, ref, fullUrl, errors, path, type,
						Utilities.existsInList(type, "transaction", "batch"), bh);
				return Optional.ofNullable(match == null ? null : match.getMatch());
			}
			if (focus.getSpecial() == SpecialElement.PARAMETER && parent != null) {
				return null;
			}
		}
		return null;
	}

	@Override
	public boolean matchSlice(ValidationContext valContext, List<ValidationMessage> errors, List<ValidationMessage> sliceInfo,
			StructureDefinition profile, NodeStack stack, ElementDefinition slicer, List<ElementDefinition> slicerSlices,
			boolean unsupportedSlicing, List<String> problematicPaths, int sliceOffset, int i, StructureDefinition sd,
			ElementDefinition ed, boolean childUnsupportedSlicing, ElementInfo ei, BooleanHolder bh) {
		if (slicer != null && slicer != ed && isEntryOfOtherResourceType(slicer, sd, ed, ei)) {
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
		Set<String> allowed = sliceResourceTypes.computeIfAbsent(slice, s -> resourceTypesOf(sd, s));
		return resource != null && !allowed.isEmpty() && !allowed.contains(resource.fhirType());
	}

	/** The resource types a slice's {@code resource} allows; empty if it allows any. */
	private static Set<String> resourceTypesOf(StructureDefinition sd, ElementDefinition slice) {
		String resourceId = slice.getId() + ".resource";
		Set<String> types = new HashSet<>();
		for (ElementDefinition element : sd.getSnapshot().getElement()) {
			if (resourceId.equals(element.getId())) {
				for (TypeRefComponent type : element.getType()) {
					if (Utilities.existsInList(type.getWorkingCode(), "Resource", "DomainResource")) {
						return Set.of();
					}
					types.add(type.getWorkingCode());
				}
			}
		}
		return types;
	}

	/** Upstream's check only where a cardinality does not hold, to say what is wrong (see {@link ChildCardinalities}). */
	@Override
	public boolean checkCardinalities(List<ValidationMessage> errors, StructureDefinition profile, Element element,
			NodeStack stack, SourcedChildDefinitions childDefinitions, List<ElementInfo> children, List<String> problematicPaths) {
		return cardinalities.allHold(profile, childDefinitions.getList(), children)
				|| super.checkCardinalities(errors, profile, element, stack, childDefinitions, children, problematicPaths);
	}

	/** Upstream's rules for invariants, with each constraint's key derived once (see {@link CheckedInvariants}). */
	@Override
	public boolean checkInvariants(ValidationContext valContext, List<ValidationMessage> errors, StructureDefinition profile,
			ElementDefinition definition, Element resource, Element element, NodeStack stack, boolean onlyNonInherited) {
		if (onlyNonInherited || isNoInvariantChecks()) {
			return super.checkInvariants(valContext, errors, profile, definition, resource, element, stack, onlyNonInherited);
		}
		boolean ok = true;
		String path = stack.getLiteralPath();
		Map<CheckedInvariants.Key, List<ValidationMessage>> findings = invariants.findingsOn(element);
		for (ElementDefinitionConstraintComponent constraint : definition.getConstraint()) {
			if (!constraint.hasExpression()) {
				continue;
			}
			CheckedInvariants.Key key = invariants.keyOf(constraint);
			List<ValidationMessage> found = findings.get(key);
			if (found == null) {
				found = new ArrayList<>();
				findings.put(key, found);
				ok = checkInvariant(valContext, found, path, profile, resource, element, constraint) && ok;
			}
			errors.addAll(found);
		}
		return ok;
	}

	@Override
	protected boolean rule(List<ValidationMessage> errors, String ruleDate, IssueType type, int line, int col, String path,
			boolean thePass, String theMessage, Object... theMessageArguments) {
		if (target != null && CANT_RESOLVE.equals(theMessage)) {
			endTarget();
		}
		return super.rule(errors, ruleDate, type, line, col, path, thePass, theMessage, theMessageArguments);
	}

	@Override
	public void validate(Object appContext, List<ValidationMessage> errors, String path, Element element,
			List<StructureDefinition> profiles) {
		endTarget(); // in case an earlier validation failed half-way
		slicedEntryPath = null;
		try {
			super.validate(appContext, errors, path, element, profiles);
		} finally {
			ValidationLeftovers.clear(this);
		}
	}

	private void endTarget() {
		targetReference = null;
		target = null;
		super.setFetcher(configuredFetcher);
	}

	private boolean isTarget(String reference) {
		return target != null && reference.equals(targetReference);
	}

	/** Returns the entry a reference was resolved to; set only while that reference is checked. */
	private final class TargetFetcher implements IValidatorResourceFetcher {
		@Override
		public Element fetch(IResourceValidator validator, Object appContext, String url) {
			return isTarget(url) ? target : null;
		}

		@Override
		public boolean resolveURL(IResourceValidator validator, Object appContext, String path, String url, String type,
				boolean canonical, List<CanonicalType> targets) {
			return false;
		}

		@Override
		public byte[] fetchRaw(IResourceValidator validator, String url) {
			return null;
		}

		@Override
		public IValidatorResourceFetcher setLocale(Locale locale) {
			return this;
		}

		@Override
		public CanonicalResource fetchCanonicalResource(IResourceValidator validator, Object appContext, String url) {
			return null;
		}

		@Override
		public boolean fetchesCanonicalResource(IResourceValidator validator, String url) {
			return false;
		}

		@Override
		public Set<ResourceVersionInformation> fetchCanonicalResourceVersions(IResourceValidator validator, Object appContext,
				String url) {
			return Set.of();
		}
	}

	/** HAPI's default policies, except for a reference resolved within the Bundle. */
	private final class TargetPolicyAdvisor extends FhirDefaultPolicyAdvisor {
		@Override
		public ReferenceValidationPolicy policyForReference(IResourceValidator validator, Object appContext, String path,
				String url, ReferenceDestinationType destinationType) {
			return isTarget(url) ? ReferenceValidationPolicy.CHECK_EXISTS_AND_TYPE
					: super.policyForReference(validator, appContext, path, url, destinationType);
		}

		/**
		 * A Bundle entry that matched a slice of the Bundle's profile is validated against the slice's
		 * profile, and then again against the unsliced definition of Bundle.entry.resource: its base
		 * type and the profiles it claims, all of which the slice's profile (derived from that base
		 * type) and the slice pass (which also validates the claimed profiles) have already covered.
		 * That second pass is skipped; an entry no slice took is still validated there.
		 */
		@Override
		public ContainedReferenceValidationPolicy policyForContained(IResourceValidator validator, Object appContext,
				StructureDefinition structure, ElementDefinition element, String containerType, String containerId,
				SpecialElement containingResourceType, String path, String url) {
			if (containingResourceType == SpecialElement.BUNDLE_ENTRY) {
				if (element.getId().startsWith("Bundle.entry:")) {
					slicedEntryPath = path;
				} else if ("Bundle.entry.resource".equals(element.getId()) && path.equals(slicedEntryPath)) {
					return ContainedReferenceValidationPolicy.IGNORE;
				}
			}
			return super.policyForContained(validator, appContext, structure, element, containerType, containerId,
					containingResourceType, path, url);
		}
	}
}
