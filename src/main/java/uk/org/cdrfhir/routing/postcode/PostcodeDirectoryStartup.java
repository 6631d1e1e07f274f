package uk.org.cdrfhir.routing.postcode;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * Fills the postcode directory when the application starts, in one of two ways:
 * <ul>
 * <li>the operator's load command, {@code --cdr.postcodes.load=/path/to/NSPL.csv}: loads the file and
 * exits, with status 0 when it loaded and 1 (and the reason in the log) when it did not;</li>
 * <li>otherwise, on an empty directory and unless {@code cdr.postcodes.load-sample-if-empty=false},
 * the bundled sample, so that a new server routes the footprint's own postcodes at once.</li>
 * </ul>
 * Runners complete before the server reports itself ready (readiness), so traffic waits for the sample.
 */
@Component
@Order(PostcodeDirectoryStartup.ORDER)
public class PostcodeDirectoryStartup implements ApplicationRunner {

	/** Before anything that routes notifications at start-up (the demo data). */
	public static final int ORDER = 0;


	private static final Logger log = LoggerFactory.getLogger(PostcodeDirectoryStartup.class);

	private final PostcodeProperties properties;
	private final PostcodeDirectoryLoader loader;
	private final ApplicationContext context;

	public PostcodeDirectoryStartup(PostcodeProperties properties, PostcodeDirectoryLoader loader,
			ApplicationContext context) {
		this.properties = properties;
		this.loader = loader;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.loadRequested()) {
			int status = loadFile(Path.of(properties.load()));
			System.exit(SpringApplication.exit(context, () -> status));
		} else if (properties.loadSampleIfEmpty()) {
			loader.loadIfEmpty(properties.sample(), progress -> { })
					.ifPresentOrElse(summary -> log.info("Postcode directory was empty: loaded the bundled sample"),
							() -> log.info("Postcode directory already loaded"));
		}
	}

	private int loadFile(Path file) {
		if (!Files.isReadable(file)) {
			log.error("Postcode directory not loaded: no readable file at {}", file.toAbsolutePath());
			return 1;
		}
		try {
			loader.replaceAll(new FileSystemResource(file), progress -> { });
			log.info("Postcode directory loaded from {}; the application exits now", file);
			return 0;
		} catch (PostcodeLoadException e) {
			log.error(e.getMessage(), e);
			return 1;
		} catch (RuntimeException e) {
			log.error("Postcode directory not loaded from {}: {}", file, e, e);
			return 1;
		}
	}
}
