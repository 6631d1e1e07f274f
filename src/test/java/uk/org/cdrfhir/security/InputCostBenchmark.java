package uk.org.cdrfhir.security;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.RelatedPerson;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;
import uk.org.cdrfhir.conformance.ProfileValidator;

/**
 * What a notification costs by its size (prints figures; not a test): warm validation of valid
 * notifications of 50, 100 and the maximum of entries, as the server validates them (from the JSON
 * text sent), and the refusal of one of 10,000 entries before validation ({@link InputShape}).
 *
 * <p>Run with {@code bench/input-cost.sh [runs]}.
 */
public final class InputCostBenchmark {

	private static final String NOTIFICATION = "Bundle-notification-expected-neonatal.json";
	private static final List<String> PROFILE = List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE);
	private static final int REFUSED_ENTRIES = 10_000;

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		FhirContext fhirContext = FhirContext.forR4Cached();
		CdrPackage cdrPackage = CdrPackage.load(fhirContext);
		ProfileValidator validator = new ProfileValidator(fhirContext, cdrPackage);
		InputLimits limits = new InputLimits(200, 250, 50, 32);

		for (int entries : new int[] { 50, 100, limits.maxEntries() }) {
			Bundle notification = notificationOf(cdrPackage, entries);
			String json = fhirContext.newJsonParser().encodeResourceToString(notification);
			Supplier<ValidationResult> validation = validator.validationAsSent(notification, json, PROFILE);
			ValidationResult first = validation.get();
			if (!first.isSuccessful()) {
				throw new IllegalStateException(entries + " entries should be valid: " + first.getMessages());
			}
			double[] millis = measure(runs, validation::get);
			System.out.printf("validate a notification of %3d entries (%4d kB): p50 %7.1f ms, p95 %7.1f ms of CPU, %5.2f ms per entry%n",
					entries, json.length() / 1024, millis[0], millis[1], millis[0] / entries);
		}

		Bundle huge = notificationOf(cdrPackage, REFUSED_ENTRIES);
		byte[] body = fhirContext.newJsonParser().encodeResourceToString(huge).getBytes(StandardCharsets.UTF_8);
		InputShape shape = new InputShape(fhirContext, limits);
		if (shape.firstExceeded(body, EncodingEnum.JSON).isEmpty()) {
			throw new IllegalStateException("10,000 entries should exceed the limit");
		}
		double[] millis = measure(runs * 10, () -> shape.firstExceeded(body, EncodingEnum.JSON));
		System.out.printf("refuse a notification of %d entries (%d kB) before validation: p50 %.2f ms, p95 %.2f ms of CPU%n",
				REFUSED_ENTRIES, body.length / 1024, millis[0], millis[1]);
	}

	/**
	 * The complete example notification, grown to {@code entries} with more family members: each a
	 * RelatedPerson referring to the child and listed in the family section, so that references grow
	 * with the entries, as in a real notification, and a cost of references times entries shows.
	 */
	private static Bundle notificationOf(CdrPackage cdrPackage, int entries) {
		Bundle notification = ((Bundle) cdrPackage.examples().get(NOTIFICATION)).copy();
		RelatedPerson relative = notification.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(RelatedPerson.class::isInstance).map(RelatedPerson.class::cast).findFirst().orElseThrow();
		Composition.SectionComponent family = ((Composition) notification.getEntryFirstRep().getResource()).getSection().stream()
				.filter(section -> section.getEntry().stream().anyMatch(ref -> ref.getReference().equals(fullUrlOf(notification, relative))))
				.findFirst().orElseThrow();
		while (notification.getEntry().size() < entries) {
			String fullUrl = "urn:uuid:" + UUID.randomUUID();
			notification.addEntry().setFullUrl(fullUrl).setResource(relative.copy());
			family.addEntry().setReference(fullUrl);
		}
		return notification;
	}

	private static String fullUrlOf(Bundle notification, RelatedPerson relative) {
		return notification.getEntry().stream().filter(entry -> entry.getResource() == relative).findFirst().orElseThrow().getFullUrl();
	}

	/**
	 * p50 and p95 in milliseconds of CPU time of the validating thread (on a busy machine the wall
	 * clock also counts waiting for a processor), after as many runs again to let the JIT compile.
	 */
	private static double[] measure(int runs, Runnable work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < runs; i++) {
			work.run();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = threads.getCurrentThreadCpuTime();
			work.run();
			nanos[i] = threads.getCurrentThreadCpuTime() - start;
		}
		Arrays.sort(nanos);
		return new double[] { nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, runs * 95 / 100)] / 1e6 };
	}

	private InputCostBenchmark() {
	}
}
