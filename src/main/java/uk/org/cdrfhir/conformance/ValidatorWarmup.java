package uk.org.cdrfhir.conformance;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Validates every example of the package once at start-up, so the validator's caches (parsed
 * profiles, compiled FHIRPath, expanded value sets) are warm before the first client's request.
 */
@Component
public class ValidatorWarmup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ValidatorWarmup.class);

	private final ProfileValidator validator;
	private final CdrPackage cdrPackage;

	public ValidatorWarmup(ProfileValidator validator, CdrPackage cdrPackage) {
		this.validator = validator;
		this.cdrPackage = cdrPackage;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		for (IBaseResource example : cdrPackage.examples().values()) {
			validator.validate(example);
		}
		log.info("Validator warmed with {} examples in {} ms", cdrPackage.examples().size(),
				(System.nanoTime() - start) / 1_000_000);
	}
}
