package uk.org.cdrfhir.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * Writes synthetic child death notifications as JSON files ({@code notification-0001.json}, ...) and prints
 * their mix. No Spring context: run it from the packaged jar with
 * {@code java -cp target/cdr-fhir.jar -Dloader.main=uk.org.cdrfhir.synthetic.GenerateNotifications
 * org.springframework.boot.loader.launch.PropertiesLauncher --count 200 --years 3 --seed 42 --out /tmp/notifications}.
 */
public final class GenerateNotifications {

	private static final String USAGE = """
			usage: GenerateNotifications [--count N] [--years Y] [--seed S] [--until YYYY-MM-DD] --out DIR
			  --count  notifications to write (default: %d a year, the footprint's typical volume)
			  --years  deaths fall in the Y years (default 1) ending %d days before --until (default today)
			  --seed   the same seed gives the same files (default 1)
			""".formatted(SyntheticNotifications.TYPICAL_DEATHS_PER_YEAR, SyntheticNotifications.WINDOW_END_MIN_DAYS_AGO);

	private GenerateNotifications() {
	}

	public static void main(String[] args) throws IOException {
		Integer count = null;
		int years = 1;
		long seed = 1;
		LocalDate until = LocalDate.now(SyntheticNotifications.ENGLAND);
		Path out = null;
		try {
			for (int i = 0; i < args.length; i += 2) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("no value after " + args[i]);
				}
				String value = args[i + 1];
				switch (args[i]) {
					case "--count" -> count = Integer.parseInt(value);
					case "--years" -> years = Integer.parseInt(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--until" -> until = LocalDate.parse(value);
					case "--out" -> out = Path.of(value);
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (out == null || years < 1 || (count != null && count < 1)) {
				throw new IllegalArgumentException("--out is required; --count and --years must be positive");
			}
		} catch (RuntimeException e) {
			System.err.println(e.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		int total = count != null ? count : SyntheticNotifications.TYPICAL_DEATHS_PER_YEAR * years;
		SyntheticNotifications generator = SyntheticNotifications.overYears(seed, years, until);
		List<SyntheticNotification> notifications = generator.generate(total);

		Files.createDirectories(out);
		IParser json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true);
		for (int i = 0; i < notifications.size(); i++) {
			Files.writeString(out.resolve(String.format("notification-%04d.json", i + 1)),
					json.encodeResourceToString(notifications.get(i).bundle()), StandardCharsets.UTF_8);
		}
		System.out.printf("Wrote %d notifications (seed %d, deaths over %d year(s) to %s) to %s%n", notifications.size(),
				seed, years, until.minusDays(SyntheticNotifications.WINDOW_END_MIN_DAYS_AGO), out.toAbsolutePath());
		System.out.println(new NotificationMix(notifications).describe());
	}
}
