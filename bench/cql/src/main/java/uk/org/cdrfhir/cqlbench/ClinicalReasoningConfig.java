package uk.org.cdrfhir.cqlbench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cqframework.cql.cql2elm.model.CompiledLibrary;
import org.cqframework.cql.cql2elm.model.Model;
import org.hl7.cql.model.ModelIdentifier;
import org.hl7.elm.r1.VersionedIdentifier;
import org.opencds.cqf.cql.engine.runtime.Code;
import org.opencds.cqf.fhir.cql.EvaluationSettings;
import org.opencds.cqf.fhir.cr.measure.CareGapsProperties;
import org.opencds.cqf.fhir.cr.measure.MeasureEvaluationOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import ca.uhn.fhir.cr.config.r4.CrR4Config;

/**
 * HAPI's clinical-reasoning module for R4 ({@link CrR4Config}: the Measure operations, the repository
 * over the JPA DAOs), with the settings it expects from the application, as the HAPI JPA starter gives
 * them: the CQL engine's defaults, and the compiled libraries, models and value sets kept between
 * requests, so a repeated $evaluate-measure does not translate the CQL again. Off with
 * {@code cql.enabled=false}: the same server without the module, for its start-up time.
 */
@Configuration
@ConditionalOnProperty(name = "cql.enabled", matchIfMissing = true)
@Import(CrR4Config.class)
public class ClinicalReasoningConfig {

	@Bean
	public EvaluationSettings evaluationSettings() {
		EvaluationSettings settings = EvaluationSettings.getDefault();
		Map<VersionedIdentifier, CompiledLibrary> libraries = new ConcurrentHashMap<>();
		Map<ModelIdentifier, Model> models = new ConcurrentHashMap<>();
		Map<String, List<Code>> valueSets = new ConcurrentHashMap<>();
		settings.setLibraryCache(libraries);
		settings.setModelCache(models);
		settings.setValueSetCache(valueSets);
		return settings;
	}

	@Bean
	public MeasureEvaluationOptions measureEvaluationOptions(EvaluationSettings evaluationSettings) {
		MeasureEvaluationOptions options = new MeasureEvaluationOptions();
		options.setEvaluationSettings(evaluationSettings);
		return options;
	}

	@Bean
	public CareGapsProperties careGapsProperties() {
		return new CareGapsProperties();
	}
}
