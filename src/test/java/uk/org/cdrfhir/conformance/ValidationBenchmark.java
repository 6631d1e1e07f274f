package uk.org.cdrfhir.conformance;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * Validation benchmark (prints figures; not a test): the cost of building and warming the validator
 * as the server does at start-up, the first validation after it, and warm validations of the
 * complete example notification (p50/p95/p99 over many runs).
 *
 * <p>Run with {@code bench/validation.sh [runs]}.
 */
public final class ValidationBenchmark {

	private static final String NOTIFICATION = "Bundle-notification-expected-neonatal.json";

	public static void main(String[] args) {
		int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		// CPU time as well as wall time: on a busy 2-core machine the wall clock also counts waiting
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long t0 = System.nanoTime();
		FhirContext fhirContext = FhirContext.forR4Cached();
		CdrPackage cdrPackage = CdrPackage.load(fhirContext);
		ProfileValidator validator = new ProfileValidator(fhirContext, cdrPackage);
		long t1 = System.nanoTime();
		long warmupCpuStart = threads.getCurrentThreadCpuTime();
		new ValidatorWarmup(validator, cdrPackage).warm();
		long warmupCpu = threads.getCurrentThreadCpuTime() - warmupCpuStart;
		long t2 = System.nanoTime();

		IBaseResource notification = cdrPackage.examples().get(NOTIFICATION);
		long firstStart = System.nanoTime();
		long firstCpuStart = threads.getCurrentThreadCpuTime();
		ValidationResult first = validator.validate(notification, List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE));
		long firstCpu = threads.getCurrentThreadCpuTime() - firstCpuStart;
		long firstNanos = System.nanoTime() - firstStart;
		if (!first.isSuccessful()) {
			throw new IllegalStateException("the example notification should be valid: " + first.getMessages());
		}

		System.out.printf("package load + validator build: %d ms%n", (t1 - t0) / 1_000_000);
		System.out.printf("start-up warm-up (%d examples): %d ms (CPU %d ms)%n", cdrPackage.examples().size(), (t2 - t1) / 1_000_000,
				warmupCpu / 1_000_000);
		System.out.printf("first notification validation after warm-up: %.1f ms (CPU %.1f ms; target <= 300 ms)%n", firstNanos / 1e6,
				firstCpu / 1e6);

		// as the server validates a POSTed notification: from the JSON text it was sent in
		String json = fhirContext.newJsonParser().encodeResourceToString(notification);
		List<String> profile = List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE);
		Runnable asSent = () -> validator.validationAsSent(notification, json, profile).get();
		for (int i = 0; i < iterations; i++) {
			asSent.run(); // let the JIT compile before measuring
		}
		measure("warm notification validation, as sent (JSON text)", asSent, iterations, threads);
		// as for a notification unwrapped from a message: re-encoded from the parsed resource
		measure("warm notification validation, from the parsed resource", () -> validator.validate(notification, profile),
				iterations / 2, threads);
	}

	private static void measure(String label, Runnable validation, int iterations, ThreadMXBean threads) {
		long[] nanos = new long[iterations];
		long[] cpuNanos = new long[iterations];
		long[] allocatedBytes = new long[iterations];
		com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) threads;
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long allocatedStart = memory.getCurrentThreadAllocatedBytes();
			validation.run();
			allocatedBytes[i] = memory.getCurrentThreadAllocatedBytes() - allocatedStart;
			cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpuNanos);
		Arrays.sort(allocatedBytes);
		System.out.printf("%s over %d runs: p50 %.2f ms (target <= 10 ms), p95 %.2f ms, p99 %.2f ms%n",
				label, iterations, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
		System.out.printf("  the same in CPU time of the validating thread: p50 %.2f ms, p95 %.2f ms%n",
				pct(cpuNanos, 50), pct(cpuNanos, 95));
		// what the garbage collector has to clear for each validation: steadier than time on a busy machine
		System.out.printf("  memory allocated by the validating thread: p50 %.2f MB%n", pct(allocatedBytes, 50));
	}

	private static double pct(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
	}

	private ValidationBenchmark() {
	}
}
