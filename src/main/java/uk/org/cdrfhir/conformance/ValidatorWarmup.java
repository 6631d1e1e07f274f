package uk.org.cdrfhir.conformance;

import java.util.concurrent.CompletableFuture;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Validates every example of the package once at start-up, so the caches validations share (the
 * definitions found, HAPI's validation support caches, our shortcuts' bounds) and the JIT are warm
 * before the first client's request. Uses only {@link ProfileValidator}.
 * The warm-up runs on its own thread while the rest of the server starts, and the server is not
 * ready (see ReadinessGateFilter) until it has finished.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ValidatorWarmup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ValidatorWarmup.class);

	private final ProfileValidator validator;
	private final CdrPackage cdrPackage;
	private CompletableFuture<Void> warmup;

	public ValidatorWarmup(ProfileValidator validator, CdrPackage cdrPackage) {
		this.validator = validator;
		this.cdrPackage = cdrPackage;
	}

	@PostConstruct
	void start() {
		warmup = CompletableFuture.runAsync(this::warm, runnable -> {
			Thread thread = new Thread(runnable, "validator-warmup");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Validates each example once; returns when done. */
	public void warm() {
		long start = System.nanoTime();
		for (IBaseResource example : cdrPackage.examples().values()) {
			validator.validate(example);
		}
		log.info("Validator warmed with {} examples in {} ms", cdrPackage.examples().size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	@Override
	public void run(ApplicationArguments args) {
		warmup.join();
	}
}
