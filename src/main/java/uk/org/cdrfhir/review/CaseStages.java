package uk.org.cdrfhir.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.panel.PanelSummaries;
import uk.org.cdrfhir.routing.CaseProvenance;
import uk.org.cdrfhir.routing.FootprintProperties;
import uk.org.cdrfhir.routing.StatutoryTasks;
import uk.org.cdrfhir.security.Caller;
import uk.org.cdrfhir.security.CaseScope;
import uk.org.cdrfhir.security.CdrRole;
import uk.org.cdrfhir.security.RecordNotKnown;
import uk.org.cdrfhir.security.VisibleRecords;

/**
 * A case's review moves forward one stage at a time, in one transaction each, read top to bottom in
 * {@link #move}: the stage's preconditions (409 when one does not hold, saying which), the tasks the
 * change completes and opens, the case stored with its new stage (a new version in its history), a
 * Provenance of who moved it, when, why and on what, and the case's panel summary rebuilt.
 *
 * <pre>
 * notified ─► jar (unexpected deaths) ─► information-gathering ─► [cdrm] ─► ready-for-panel
 *          └──────────────────────────►                                          │
 *                                       reviewed-by-panel (at a meeting) ◄───────┘ ─► closed
 * </pre>
 *
 * A designated doctor moves their own area's cases up to ready-for-panel; recording a panel's
 * outcome and closing a case are the CDR Manager's.
 */
@Service
public class CaseStages {

	/** The day a stage is reached is England's day. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final Set<ReviewStage> PANEL_STAGES = Set.of(ReviewStage.REVIEWED_BY_PANEL, ReviewStage.CLOSED);
	private static final Set<Appointment.AppointmentStatus> MEETING_NOT_HELD = Set.of(Appointment.AppointmentStatus.CANCELLED,
			Appointment.AppointmentStatus.NOSHOW, Appointment.AppointmentStatus.ENTEREDINERROR);

	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final StatutoryTasks statutoryTasks;
	private final FootprintProperties footprint;
	private final CaseProvenance provenance;
	private final VisibleRecords records;
	private final CaseFacts caseFacts;
	private final PanelSummaries panelSummaries;

	public CaseStages(DaoRegistry daoRegistry, IHapiTransactionService transactions, StatutoryTasks statutoryTasks,
			FootprintProperties footprint, CaseProvenance provenance, VisibleRecords records, CaseFacts caseFacts, PanelSummaries panelSummaries) {
		this.daoRegistry = daoRegistry;
		this.transactions = transactions;
		this.statutoryTasks = statutoryTasks;
		this.footprint = footprint;
		this.provenance = provenance;
		this.records = records;
		this.caseFacts = caseFacts;
		this.panelSummaries = panelSummaries;
	}

	/** {@code EpisodeOfCare/[id]/$advance-stage}: the case moved to {@code stage}, if it is ready for it. */
	public EpisodeOfCare advance(IIdType caseId, String stage, String reason, RequestDetails request) {
		ReviewStage target = ReviewStage.ofCode(stage).orElseThrow(() -> ReviewRefusals.invalidParameter("stage",
				"'" + stage + "' is not a review stage; the stages are " + Arrays.stream(ReviewStage.values())
						.map(ReviewStage::code).collect(Collectors.joining(", "))));
		if (target == ReviewStage.REVIEWED_BY_PANEL) {
			throw ReviewRefusals.notReady("A case is reviewed at a panel meeting: the CDR Manager records the panel's outcome"
					+ " with Appointment/[meeting id]/$record-outcome (case, analysis)");
		}
		TransactionDetails transaction = new TransactionDetails();
		return transactions.withRequest(request).withTransactionDetails(transaction).execute(() ->
				move(visibleCase(caseId), target, reason, List.of(), transaction));
	}

	/**
	 * {@code Appointment/[id]/$record-outcome}: the panel reviewed a case on the meeting's agenda, its
	 * outcome (category, modifiable factors, learning points, actions) being the case's completed
	 * Analysis Form; the case is then reviewed.
	 */
	public EpisodeOfCare recordPanelOutcome(IIdType meetingId, Reference caseReference, Reference analysisReference,
			RequestDetails request) {
		TransactionDetails transaction = new TransactionDetails();
		return transactions.withRequest(request).withTransactionDetails(transaction).execute(() -> {
			Appointment meeting = (Appointment) records.findForCurrentCaller(meetingId.toUnqualifiedVersionless())
					.orElseThrow(() -> RecordNotKnown.asked(meetingId));
			IIdType caseId = caseReference.getReferenceElement().toUnqualifiedVersionless();
			if (meeting.getSupportingInformation().stream()
					.noneMatch(item -> caseId.getValue().equals(item.getReferenceElement().toUnqualifiedVersionless().getValue()))) {
				throw ReviewRefusals.notReady(caseId.getValue() + " is not on the agenda of this meeting");
			}
			if (MEETING_NOT_HELD.contains(meeting.getStatus())) {
				throw ReviewRefusals.notReady("This meeting is " + meeting.getStatus().toCode() + ": no outcome is recorded at it");
			}
			EpisodeOfCare episode = visibleCase(caseId);
			IIdType analysisId = analysisReference.getReferenceElement().toUnqualifiedVersionless();
			QuestionnaireResponse analysis = records.findForCurrentCaller(analysisId)
					.filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast)
					.orElseThrow(() -> RecordNotKnown.referenced(analysisId));
			requireCompleteAnalysisOf(analysis, episode);
			return move(episode, ReviewStage.REVIEWED_BY_PANEL, "Reviewed at the panel meeting " + meetingId.getIdPart(),
					List.of(new Reference(meetingId.toUnqualifiedVersionless()), new Reference(analysisId)), transaction);
		});
	}

	private EpisodeOfCare move(EpisodeOfCare episode, ReviewStage target, String reason, List<Reference> sources,
			TransactionDetails transaction) {
		ReviewStage current = ReviewStage.of(episode);
		requireRoleMayMoveTo(target);
		requireRouted(episode);
		CaseTasks tasks = new CaseTasks(statutoryTasks.tasksOf(episode));
		FootprintProperties.Deadlines deadlines = footprint.getDeadlines();
		List<Task> completed = new ArrayList<>();
		List<Task> opened = new ArrayList<>();

		switch (target) {
			case NOTIFIED -> throw ReviewRefusals.notReady("A case starts at notified; its stage only moves forward");
			case JAR -> {
				requireFrom(current, target, ReviewStage.NOTIFIED);
				if (!tasks.has("jar")) {
					throw ReviewRefusals.notReady("Only an unexpected death has a Joint Agency Response, and this case has no JAR task");
				}
			}
			case INFORMATION_GATHERING -> {
				boolean unexpected = tasks.has("jar");
				requireFrom(current, target, unexpected ? ReviewStage.JAR : ReviewStage.NOTIFIED);
				tasks.requireDone("notify-ncmd", "NCMD is notified of the death before information gathering: the case's"
						+ " notify-ncmd task is not completed");
				if (unexpected) {
					tasks.requireDone("jar", "The Joint Agency Response is completed before information gathering: the case's"
							+ " jar task is not completed");
				}
				opened.add(StatutoryTasks.newTask(episode, "request-reporting-forms", "Request reporting forms",
						statutoryTasks.cdrManager(transaction), dueIn(deadlines.getReportingForms())));
			}
			case CDRM -> {
				requireFrom(current, target, ReviewStage.INFORMATION_GATHERING);
				opened.add(StatutoryTasks.newTask(episode, "cdrm", "Child Death Review Meeting",
						statutoryTasks.caseOwner(episode, transaction), dueIn(deadlines.getCdrm())));
			}
			case READY_FOR_PANEL -> {
				requireFrom(current, target, ReviewStage.INFORMATION_GATHERING, ReviewStage.CDRM);
				if (current == ReviewStage.CDRM) {
					tasks.requireDone("cdrm", "The Child Death Review Meeting is held before the panel: the case's cdrm task"
							+ " is not completed");
				}
				List<Task> awaited = tasks.open("reporting-form");
				if (!awaited.isEmpty()) {
					throw ReviewRefusals.notReady("Reporting forms are still awaited: " + CaseTasks.describe(awaited)
							+ "; each is answered, or cancelled, before the case is ready for panel");
				}
				completed.addAll(tasks.open("request-reporting-forms"));
				opened.add(StatutoryTasks.newTask(episode, "panel-review", "Panel review", statutoryTasks.cdrManager(transaction),
						Date.from(episode.getPeriod().getStart().toInstant().plus(deadlines.getPanelReview()))));
			}
			case REVIEWED_BY_PANEL -> {
				requireFrom(current, target, ReviewStage.READY_FOR_PANEL);
				completed.addAll(tasks.open("panel-review"));
				opened.add(StatutoryTasks.newTask(episode, "ncmd-analysis", "Send the analysis to NCMD",
						statutoryTasks.cdrManager(transaction), dueIn(deadlines.getNcmdAnalysis())));
			}
			case CLOSED -> {
				requireFrom(current, target, ReviewStage.REVIEWED_BY_PANEL);
				List<Task> open = tasks.allOpen();
				if (!open.isEmpty()) {
					throw ReviewRefusals.notReady("Tasks of the case are still open: " + CaseTasks.describe(open)
							+ "; a case is closed once its work is done");
				}
				episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
				episode.getPeriod().setEnd(new Date());
			}
		}

		target.applyTo(episode);
		CaseScope scope = CaseScope.ofCase(episode).orElseThrow();
		IIdType caseVersion = SameTransaction.update(daoRegistry.getResourceDao(EpisodeOfCare.class), episode, transaction);
		for (Task task : completed) {
			StatutoryTasks.complete(task);
			scope.applyTo(task);
			SameTransaction.update(daoRegistry.getResourceDao(Task.class), task, transaction);
		}
		for (Task task : opened) {
			scope.applyTo(task);
			SameTransaction.create(daoRegistry.getResourceDao(Task.class), task, transaction);
		}
		caseFacts.stageMoved(caseVersion.getIdPart(), current.code(), target.code(), LocalDate.now(LONDON));
		String why = "Review stage " + current.code() + " -> " + target.code() + (reason == null || reason.isBlank() ? "" : ": " + reason);
		provenance.record(caseVersion, scope, why, sources, transaction);
		panelSummaries.rebuild(episode, transaction);
		return episode;
	}

	/** The case as the caller may know it: another area's case answers 404, like one that does not exist. */
	EpisodeOfCare visibleCase(IIdType caseId) {
		IIdType id = new IdType("EpisodeOfCare", caseId.getIdPart());
		return records.findForCurrentCaller(id)
				.filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast)
				.filter(episode -> episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE))
				.orElseThrow(() -> RecordNotKnown.asked(id));
	}

	/** A case placed on a meeting's agenda (e.g. EpisodeOfCare/12) must be ready for panel; one not stored is left to referential integrity. */
	void requireReadyForPanel(String caseId) {
		try {
			EpisodeOfCare episode = daoRegistry.getResourceDao(EpisodeOfCare.class).read(new IdType(caseId), new SystemRequestDetails());
			ReviewStage stage = ReviewStage.of(episode);
			if (stage != ReviewStage.READY_FOR_PANEL) {
				throw ReviewRefusals.notReady(caseId + " is at " + stage.code() + ": only a case ready for panel"
						+ " (stage ready-for-panel) is placed on a meeting's agenda");
			}
		} catch (ResourceNotFoundException | ResourceGoneException notStored) {
			// the reference is refused as not known
		}
	}

	private static void requireRoleMayMoveTo(ReviewStage target) {
		if (PANEL_STAGES.contains(target)
				&& Caller.current().map(caller -> caller.role() == CdrRole.DESIGNATED_DOCTOR).orElse(false)) {
			throw ReviewRefusals.forbidden("Recording a panel's outcome and closing a case are the CDR Manager's");
		}
	}

	private static void requireRouted(EpisodeOfCare episode) {
		Extension outcome = episode.getExtensionByUrl(CdrUrls.ROUTING_OUTCOME);
		String routing = outcome != null && outcome.getValue() instanceof Coding coding ? coding.getCode() : "unresolved";
		if (!"in-area".equals(routing)) {
			throw ReviewRefusals.notReady("The case is not routed to an area of the footprint (routing outcome " + routing
					+ "): its review starts once the CDR Manager has transferred it (EpisodeOfCare/[id]/$transfer)");
		}
	}

	private static void requireFrom(ReviewStage current, ReviewStage target, ReviewStage... from) {
		if (current == target) {
			throw ReviewRefusals.notReady("The case is already at " + target.code());
		}
		if (!Arrays.asList(from).contains(current)) {
			throw ReviewRefusals.notReady("A case moves to " + target.code() + " from " + Arrays.stream(from)
					.map(ReviewStage::code).collect(Collectors.joining(" or ")) + "; this case is at " + current.code());
		}
	}

	private static void requireCompleteAnalysisOf(QuestionnaireResponse analysis, EpisodeOfCare episode) {
		if (!CdrUrls.ANALYSIS_FORM.equals(analysis.getQuestionnaire())) {
			throw ReviewRefusals.invalidParameter("analysis", "The analysis must answer the Analysis Form ("
					+ CdrUrls.ANALYSIS_FORM + ")");
		}
		if (!episode.getIdElement().toUnqualifiedVersionless().getValue()
				.equals(analysis.getSubject().getReferenceElement().toUnqualifiedVersionless().getValue())) {
			throw ReviewRefusals.invalidParameter("analysis", "The analysis is not of this case");
		}
		if (analysis.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				&& analysis.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED) {
			throw ReviewRefusals.notReady("The case's Analysis Form is not complete (status " + analysis.getStatus().toCode()
					+ "): the panel completes it before its outcome is recorded");
		}
	}

	private static Date dueIn(java.time.Duration duration) {
		return Date.from(Instant.now().plus(duration));
	}
}
