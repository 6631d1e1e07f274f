package uk.org.cdrfhir.review;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.UsageContext;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.panel.PanelSummaries;
import uk.org.cdrfhir.routing.FootprintProperties;
import uk.org.cdrfhir.routing.StatutoryTasks;
import uk.org.cdrfhir.security.CaseScope;

/**
 * The agencies' reporting forms of a case. The CDR Manager requests forms ({@link #request}): one
 * cdr-reporting-form-request Task per form, asking the agency the form names in its useContext, due
 * by a date, part of the case's request-reporting-forms task (the case's panel summary lists the agencies asked). The answers, a QuestionnaireResponse
 * to the form or a DocumentReference, name the request they answer ({@link #answered}), which is
 * then done. Who has replied and what is overdue: {@code Task?code=reporting-form&focus=...} with
 * {@code status}, {@code performer} (the agency) and {@code due-date}.
 */
@Service
public class ReportingForms {

	private static final String USER_CONTEXT = "user";
	private static final Set<ReviewStage> GATHERING = Set.of(ReviewStage.INFORMATION_GATHERING, ReviewStage.CDRM);

	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final CaseStages stages;
	private final CdrPackage cdrPackage;
	private final FootprintProperties footprint;
	private final StatutoryTasks statutoryTasks;
	private final PanelSummaries panelSummaries;

	public ReportingForms(DaoRegistry daoRegistry, IHapiTransactionService transactions, CaseStages stages,
			CdrPackage cdrPackage, FootprintProperties footprint, StatutoryTasks statutoryTasks, PanelSummaries panelSummaries) {
		this.daoRegistry = daoRegistry;
		this.transactions = transactions;
		this.stages = stages;
		this.cdrPackage = cdrPackage;
		this.footprint = footprint;
		this.statutoryTasks = statutoryTasks;
		this.panelSummaries = panelSummaries;
	}

	/** {@code EpisodeOfCare/[id]/$request-reports}: the forms requested from their agencies, due then (default: configured). */
	public Bundle request(IIdType caseId, List<String> formUrls, Date due, RequestDetails request) {
		if (formUrls.isEmpty()) {
			throw ReviewRefusals.invalidParameter("form", "Name at least one form to request (" + reportingFormUrls() + ")");
		}
		List<Questionnaire> forms = formUrls.stream().map(this::reportingForm).toList();
		Date dueBy = due != null ? due : Date.from(Instant.now().plus(footprint.getDeadlines().getReportingForms()));
		TransactionDetails transaction = new TransactionDetails();
		return transactions.withRequest(request).withTransactionDetails(transaction).execute(() -> {
			EpisodeOfCare episode = stages.visibleCase(caseId);
			ReviewStage stage = ReviewStage.of(episode);
			if (!GATHERING.contains(stage)) {
				throw ReviewRefusals.notReady("Reporting forms are requested while information is gathered (stage"
						+ " information-gathering or cdrm); this case is at " + stage.code());
			}
			CaseScope scope = CaseScope.ofCase(episode).orElseThrow();
			Optional<Task> requestingForms = new CaseTasks(statutoryTasks.tasksOf(episode)).open("request-reporting-forms")
					.stream().findFirst();
			Bundle requested = new Bundle().setType(Bundle.BundleType.COLLECTION);
			for (Questionnaire form : forms) {
				Task task = StatutoryTasks.newTask(episode, "reporting-form", "Reporting form", null, dueBy);
				task.getMeta().getProfile().clear();
				task.getMeta().addProfile(CdrUrls.REPORTING_FORM_REQUEST_PROFILE);
				task.addPerformerType(new CodeableConcept(agencyOf(form).orElseThrow()));
				task.addInput().setType(new CodeableConcept(new Coding(CdrUrls.TASK_IO_SYSTEM, "form", "Form to complete")))
						.setValue(new CanonicalType(form.getUrl()));
				requestingForms.ifPresent(parent -> task.addPartOf(new Reference(parent.getIdElement().toUnqualifiedVersionless())));
				scope.applyTo(task);
				task.setId(SameTransaction.create(daoRegistry.getResourceDao(Task.class), task, transaction));
				requested.addEntry().setResource(task);
			}
			panelSummaries.rebuild(episode, transaction);
			return requested;
		});
	}

	/**
	 * Answers naming a request were stored (in {@code transaction}): the request is done, its output
	 * the answers, and the case's panel summary says so. Answers to a request already done, or to another form than it asked, are refused.
	 */
	public void answered(DomainResource answers, TransactionDetails transaction) {
		Extension link = answers.getExtensionByUrl(CdrUrls.REPORTING_FORM_REQUEST);
		String where = answers.fhirType() + ".extension('" + CdrUrls.REPORTING_FORM_REQUEST + "')";
		if (!(link.getValue() instanceof Reference reference) || !"Task".equals(reference.getReferenceElement().getResourceType())) {
			throw ReviewRefusals.invalidRecord(where, "The reporting-form-request extension names the request answered: a"
					+ " reference to a Task");
		}
		IIdType requestId = reference.getReferenceElement().toUnqualifiedVersionless();
		Task task = SameTransaction.read(daoRegistry.getResourceDao(Task.class), requestId, transaction);
		if (!StatutoryTasks.isOfType(task, "reporting-form")) {
			throw ReviewRefusals.invalidRecord(where, requestId.getValue() + " is not a reporting form request");
		}
		if (!StatutoryTasks.isOpen(task)) {
			throw ReviewRefusals.notReady(requestId.getValue() + " is " + task.getStatus().toCode()
					+ ": it was answered already (or withdrawn); answers are attached once");
		}
		String asked = task.getInputFirstRep().getValue().primitiveValue();
		if (answers instanceof QuestionnaireResponse response && !asked.equals(response.getQuestionnaire())) {
			throw ReviewRefusals.invalidRecord("QuestionnaireResponse.questionnaire", "These answers are to "
					+ response.getQuestionnaire() + "; " + requestId.getValue() + " asked for " + asked);
		}
		StatutoryTasks.complete(task);
		task.addOutput().setType(new CodeableConcept(new Coding(CdrUrls.TASK_IO_SYSTEM, "answer", "Answers")))
				.setValue(new Reference(answers.getIdElement().toUnqualifiedVersionless()));
		SameTransaction.update(daoRegistry.getResourceDao(Task.class), task, transaction);
		EpisodeOfCare episode = SameTransaction.read(daoRegistry.getResourceDao(EpisodeOfCare.class),
				task.getFocus().getReferenceElement(), transaction);
		panelSummaries.rebuild(episode, transaction);
	}

	private Questionnaire reportingForm(String url) {
		return cdrPackage.conformanceResources(Questionnaire.class).stream()
				.filter(form -> form.getUrl().equals(url) && agencyOf(form).isPresent())
				.findFirst()
				.orElseThrow(() -> ReviewRefusals.invalidParameter("form", "'" + url + "' is not a reporting form; the forms"
						+ " are " + reportingFormUrls()));
	}

	private String reportingFormUrls() {
		return cdrPackage.conformanceResources(Questionnaire.class).stream()
				.filter(form -> agencyOf(form).isPresent())
				.map(Questionnaire::getUrl)
				.sorted()
				.collect(Collectors.joining(", "));
	}

	/** The agency a form is answered by: its useContext of type user, coded as a cdr-agency. */
	private static Optional<Coding> agencyOf(Questionnaire form) {
		return form.getUseContext().stream()
				.filter(context -> USER_CONTEXT.equals(context.getCode().getCode()))
				.map(UsageContext::getValueCodeableConcept)
				.flatMap(concept -> concept.getCoding().stream())
				.filter(coding -> CdrUrls.AGENCY_SYSTEM.equals(coding.getSystem()))
				.findFirst();
	}
}
