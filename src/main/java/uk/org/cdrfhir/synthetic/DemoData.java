package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import uk.org.cdrfhir.intake.NotificationIntake;
import uk.org.cdrfhir.routing.postcode.PostcodeDirectoryStartup;

/**
 * The demo switch ({@code cdr.demo.enabled=true}): at the first start on an empty database, submits
 * a few years of synthetic notifications for the footprint through the real intake (validation,
 * cases, routing, tasks), so a newcomer sees a working system. Off by default; never for real data.
 */
@Component
@Order(PostcodeDirectoryStartup.ORDER + 1) // routing needs the postcode directory
public class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final boolean enabled;
	private final int years;
	private final long seed;
	private final NotificationIntake intake;
	private final DaoRegistry daoRegistry;

	public DemoData(@Value("${cdr.demo.enabled:false}") boolean enabled, @Value("${cdr.demo.years:3}") int years,
			@Value("${cdr.demo.seed:42}") long seed, NotificationIntake intake, DaoRegistry daoRegistry) {
		this.enabled = enabled;
		this.years = years;
		this.seed = seed;
		this.intake = intake;
		this.daoRegistry = daoRegistry;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || anyNotificationStored()) {
			return;
		}
		List<SyntheticNotification> notifications = SyntheticNotifications.overYears(seed, years, LocalDate.now())
				.generate(years * SyntheticNotifications.TYPICAL_DEATHS_PER_YEAR);
		log.info("Demo data: submitting {} synthetic notifications ({} years) through the intake", notifications.size(), years);
		long start = System.nanoTime();
		for (int i = 0; i < notifications.size(); i++) {
			intake.receive(notifications.get(i).bundle(), new SystemRequestDetails());
			if ((i + 1) % 25 == 0 || i + 1 == notifications.size()) {
				log.info("Demo data: {} of {} notifications received ({} s)", i + 1, notifications.size(),
						(System.nanoTime() - start) / 1_000_000_000);
			}
		}
	}

	private boolean anyNotificationStored() {
		SearchParameterMap documents = SearchParameterMap.newSynchronous("type", new TokenParam("document"));
		documents.setCount(1);
		return !daoRegistry.getResourceDao(Bundle.class).searchForResources(documents, new SystemRequestDetails()).isEmpty();
	}
}
