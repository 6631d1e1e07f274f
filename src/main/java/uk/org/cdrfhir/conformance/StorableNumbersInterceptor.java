package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Property;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * Refuses (422, nothing stored) a record holding a decimal beyond the range of a double
 * (about ±1.8e308, e.g. {@code 1e400}): FHIR sets no range, but HAPI indexes quantities as doubles
 * and fails on such a number with a 500. Each one is named by its FHIRPath.
 */
@Component
@Interceptor
public class StorableNumbersInterceptor implements StorageInterceptor {

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void refuseOnCreate(IBaseResource resource) {
		refuseOutOfRange(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseOnUpdate(IBaseResource previous, IBaseResource resource) {
		refuseOutOfRange(resource);
	}

	private static void refuseOutOfRange(IBaseResource resource) {
		if (!(resource instanceof Base base)) {
			return;
		}
		List<String> found = new ArrayList<>();
		walk(base, resource.fhirType(), found);
		if (found.isEmpty()) {
			return;
		}
		String diagnostics = "A decimal is beyond the range this server can store (about ±1.8e308) at " + String.join(", ", found);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.VALUE, diagnostics);
		found.forEach(outcome.getIssueFirstRep()::addExpression);
		throw new UnprocessableEntityException(diagnostics, outcome);
	}

	private static void walk(Base element, String path, List<String> found) {
		if (element instanceof DecimalType decimal) {
			if (decimal.getValue() != null && !Double.isFinite(decimal.getValue().doubleValue())) {
				found.add(path);
			}
			return;
		}
		for (Property property : element.children()) {
			List<Base> values = property.getValues();
			String name = property.getName();
			for (int i = 0; i < values.size(); i++) {
				Base value = values.get(i);
				String step = name.endsWith("[x]")
						? name.substring(0, name.length() - 3) + ".ofType(" + value.fhirType() + ")"
						: name + (property.getMaxCardinality() > 1 ? "[" + i + "]" : "");
				walk(value, path + "." + step, found);
			}
		}
	}
}
