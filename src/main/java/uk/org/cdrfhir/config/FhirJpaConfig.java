package uk.org.cdrfhir.config;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.model.HistoryCountModeEnum;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import jakarta.persistence.EntityManagerFactory;

/**
 * HAPI FHIR JPA storage for R4: the entity manager on Spring Boot's DataSource, and the storage
 * settings chosen for this server (see {@link FhirServerProperties}).
 *
 * <p>Read top to bottom with {@link FhirRestfulServerConfig}, which puts the REST layer on top.
 */
@Configuration
@Import({
	JpaR4Config.class,
	HapiJpaConfig.class,
	JpaBatch2Config.class,
	// reindexing (after a SearchParameter changes), delete-expunge and bulk export jobs
	Batch2JobsConfig.class,
	// batch2 and the Subscriptions (notify.RestHookSubscriptionConfig) need a message broker client;
	// HAPI's in-memory one is enough for a single node's jobs and deliveries
	SubscriptionChannelConfig.class,
	ThreadPoolFactoryConfig.class
})
public class FhirJpaConfig {

	@Bean
	public JpaStorageSettings jpaStorageSettings(FhirServerProperties properties) {
		JpaStorageSettings settings = new JpaStorageSettings();
		settings.setReuseCachedSearchResultsForMillis(properties.getReuseCachedSearchResultsMillis());
		settings.setMaximumTransactionBundleSize(properties.getMaximumTransactionBundleSize());
		settings.setMassIngestionMode(properties.isMassIngestionMode());
		settings.setMatchUrlCacheEnabled(properties.isMatchUrlCache());
		settings.setFetchSizeDefaultMaximum(properties.getMaxPageSize());
		// a notification's references must resolve inside this server, never to somebody else's
		settings.setAllowExternalReferences(false);
		settings.setAutoCreatePlaceholderReferenceTargets(false);
		settings.setEnforceReferentialIntegrityOnWrite(true);
		settings.setEnforceReferentialIntegrityOnDelete(true);
		// client-assigned ids must not look like server ids, so a PUT cannot squat on a future resource
		settings.setResourceClientIdStrategy(JpaStorageSettings.ClientIdStrategyEnum.ALPHANUMERIC);
		// value sets are expanded in memory by the validator; HAPI's pre-expansion needs Hibernate Search
		settings.setPreExpandValueSets(false);
		settings.setEnableTaskPreExpandValueSets(false);
		// a history is counted when asked for: with HAPI's cached count a record's history read again within
		// a minute of an update missed the new versions (the case page's stage changes among them)
		settings.setHistoryCountMode(HistoryCountModeEnum.COUNT_ACCURATE);
		// a batch's reads and searches run on the caller's thread, where the caller's identity is: on HAPI's
		// pool they ran as nobody, so every record in them was hidden (AuditTrailTest's batch)
		settings.setBundleBatchPoolSize(1);
		return settings;
	}

	@Bean
	public PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Primary
	@Bean
	public LocalContainerEntityManagerFactoryBean entityManagerFactory(
			ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext,
			JpaStorageSettings storageSettings,
			DataSource dataSource,
			JpaProperties jpaProperties) {
		LocalContainerEntityManagerFactoryBean factory =
				HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setDataSource(dataSource);
		// spring.jpa.properties.* (dialect, schema creation) as Boot users expect
		factory.getJpaPropertyMap().putAll(jpaProperties.getProperties());
		return factory;
	}

	@Primary
	@Bean
	public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}
}
