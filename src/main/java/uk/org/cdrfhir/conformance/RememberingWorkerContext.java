package uk.org.cdrfhir.conformance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r5.model.Resource;

import ca.uhn.fhir.context.support.IValidationSupport;

/**
 * HAPI's bridge from the validation support chain to the HL7 validator, remembering each
 * definition it has found. The validator looks definitions up by URL all the time (the
 * StructureDefinition of every datatype it parses, every profile and value set it checks against),
 * and each look-up went through the chain's cache and HAPI's conversion to the validator's model:
 * a twentieth of a notification's validation. The chain behind it is fixed once the validator is
 * built (the package and base R4), so a definition once found stays the answer. Only what is found
 * is remembered, so URLs from submitted resources cannot grow the map.
 *
 * <p>Assumes of upstream (HAPI FHIR 8.8.0): FhirInstanceValidator uses the context given to
 * {@code setWrappedWorkerContext}, and the validator looks definitions up through
 * {@code fetchResource(Class, String)}; UpstreamAssumptionsTest fails if it stops doing so (the
 * remembering would silently stop). Only public members of HAPI's adapter are overridden.
 */
class RememberingWorkerContext extends WorkerContextValidationSupportAdapter {

	private record Key(Class<?> type, String url) {
	}

	private final Map<Key, Resource> found = new ConcurrentHashMap<>();

	RememberingWorkerContext(IValidationSupport validationSupport) {
		super(validationSupport);
	}

	@Override
	public <T extends Resource> T fetchResource(Class<T> type, String url) {
		if (url == null) {
			return super.fetchResource(type, url);
		}
		Key key = new Key(type, url);
		Resource known = found.get(key);
		if (known != null) {
			return type.cast(known);
		}
		T fetched = super.fetchResource(type, url);
		if (fetched != null) {
			found.put(key, fetched);
		}
		return fetched;
	}

	@Override
	public void invalidateCaches() {
		found.clear();
		super.invalidateCaches();
	}
}
