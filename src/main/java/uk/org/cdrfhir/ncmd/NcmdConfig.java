package uk.org.cdrfhir.ncmd;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock NCMD delivery reads (its deadlines, back-off and leases); a test brings its own. */
@Configuration
public class NcmdConfig {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	public Clock ncmdClock() {
		return Clock.systemUTC();
	}
}
