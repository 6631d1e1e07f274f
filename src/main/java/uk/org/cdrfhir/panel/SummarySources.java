package uk.org.cdrfhir.panel;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Task;

/**
 * What a case's summary is built from: the case, its child, what its latest notification says of the
 * death, its tasks, the panel's coded conclusions and the Analysis Form they were extracted from.
 * These hold identifying details; {@link CaseSummary} takes only codes, counts and days from them,
 * and text only from the Analysis Form's items written for the panel.
 */
record SummarySources(EpisodeOfCare episode, Patient child, DeathFacts death, List<Task> tasks,
		List<Observation> conclusions, Optional<QuestionnaireResponse> analysis) {
}
