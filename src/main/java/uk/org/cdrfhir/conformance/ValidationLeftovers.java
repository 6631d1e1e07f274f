package uk.org.cdrfhir.conformance;

import java.lang.reflect.Field;
import java.util.Map;

import org.hl7.fhir.r5.context.IWorkerContext;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManager;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.codesystem.CodingsObserver;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.hl7.fhir.validation.instance.utils.NodeStack;

/**
 * What upstream's {@link InstanceValidator} keeps of each resource it validated, and never clears,
 * because upstream builds a validator per resource: the codings it checked (for a SNOMED CT check
 * against the IPS subset that runs only when switched on), the code texts it met (for an AI check
 * of texts that runs only with an AI service) and the anchors of narratives it searched for '#'
 * references. Each keeps a node of the resource and so, through the parent links, its whole element
 * tree. A reused validator ({@link ReusingInstanceValidator}) therefore held every document it had
 * validated: under load those trees outlived a few young collections, were promoted, and filled the
 * old generation (a full collection every few seconds).
 *
 * <p>InstanceValidator has no setter for its codings observer nor accessor for its narrative
 * anchors, so those two fields are reached by reflection; if upstream renames one, building a
 * validator fails, and with it every validation test.
 */
final class ValidationLeftovers {

	private static final Field CODINGS_OBSERVER = field("codingObserver");
	private static final Field NARRATIVE_ANCHORS = field("xhtmlElementMap");

	private ValidationLeftovers() {
	}

	/** Gives {@code validator} a codings observer that records codings only while the IPS check is on. */
	static void observeCodingsWithoutKeeping(InstanceValidator validator, IWorkerContext context, ValidatorSettings settings,
			XVerExtensionManager xver, ValidatorSession session) {
		try {
			CODINGS_OBSERVER.set(validator, new UnkeptCodings(context, settings, xver, session));
		} catch (IllegalAccessException e) {
			throw new IllegalStateException("Cannot replace the validator's codings observer", e);
		}
	}

	/** Drops what {@code validator} kept of the resource it has just validated. */
	static void clear(InstanceValidator validator) {
		validator.getTextsToCheck().clear();
		try {
			((Map<?, ?>) NARRATIVE_ANCHORS.get(validator)).clear();
		} catch (IllegalAccessException e) {
			throw new IllegalStateException("Cannot clear the validator's narrative anchors", e);
		}
	}

	private static Field field(String name) {
		try {
			Field field = InstanceValidator.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		} catch (NoSuchFieldException e) {
			throw new IllegalStateException("InstanceValidator no longer has the field " + name, e);
		}
	}

	private static final class UnkeptCodings extends CodingsObserver {

		UnkeptCodings(IWorkerContext context, ValidatorSettings settings, XVerExtensionManager xver, ValidatorSession session) {
			super(context, settings, xver, session);
		}

		@Override
		public void seeCode(NodeStack stack, Coding coding) {
			if (isCheckIPSCodes()) {
				super.seeCode(stack, coding);
			}
		}
	}
}
