package uk.org.cdrfhir.cqlbench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import jakarta.persistence.EntityManagerFactory;

/**
 * HAPI's JPA storage for R4 on Boot's DataSource, with HAPI's defaults except the search cache. The entity
 * manager and transaction manager are wired as in cdr-fhir's {@code config.FhirJpaConfig}, written again on
 * purpose: this build must not depend on cdr-fhir's (nor cdr-fhir's on HAPI 8.2.0).
 */
@Configuration
@EnableConfigurationProperties(JpaProperties.class)
@Import({JpaR4Config.class, HapiJpaConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class, SubscriptionChannelConfig.class,
		ThreadPoolFactoryConfig.class})
public class JpaConfig {

	@Bean
	public JpaStorageSettings jpaStorageSettings() {
		JpaStorageSettings settings = new JpaStorageSettings();
		// as cdr-fhir: every search is run afresh, none answered from a cached one
		settings.setReuseCachedSearchResultsForMillis(0L);
		settings.setMaximumTransactionBundleSize(1000);
		// HAPI's pre-expansion of value sets needs Hibernate Search, which is off (none is used)
		settings.setPreExpandValueSets(false);
		settings.setEnableTaskPreExpandValueSets(false);
		return settings;
	}

	@Bean
	public PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Primary
	@Bean
	public LocalContainerEntityManagerFactoryBean entityManagerFactory(ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext, JpaStorageSettings storageSettings, DataSource dataSource, JpaProperties jpa) {
		LocalContainerEntityManagerFactoryBean factory =
				HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setDataSource(dataSource);
		factory.getJpaPropertyMap().putAll(jpa.getProperties());
		return factory;
	}

	@Primary
	@Bean
	public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}
}
