package uk.org.cdrfhir.review;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.panel.PanelSummaries;
import uk.org.cdrfhir.routing.CaseProvenance;
import uk.org.cdrfhir.routing.CaseRouter;
import uk.org.cdrfhir.routing.RoutingDecision;
import uk.org.cdrfhir.routing.StatutoryTasks;
import uk.org.cdrfhir.security.CaseRecords;
import uk.org.cdrfhir.security.CaseScope;

/**
 * The CDR Manager moves a case to the local authority where the child normally lived (triage
 * resolved, a residence corrected, a case passed to or taken from another area), with a reason, in
 * one transaction: the case is routed anew; every record of it takes the new area's scope; its
 * open tasks go from the previous care manager to the new one, a triage is done, and the tasks the
 * new routing requires are started; a Provenance keeps who moved it, when and why; the case's facts
 * for the aggregates and its panel summary say the new area.
 */
@Service
public class CaseTransfer {

	private static final Pattern GSS_CODE = Pattern.compile("[ENSW]\\d{8}");

	private final CaseRouter router;
	private final StatutoryTasks statutoryTasks;
	private final CaseRecords caseRecords;
	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final CaseProvenance provenance;
	private final CaseFacts caseFacts;
	private final PanelSummaries panelSummaries;

	public CaseTransfer(CaseRouter router, StatutoryTasks statutoryTasks, CaseRecords caseRecords,
			DaoRegistry daoRegistry, IHapiTransactionService transactions, CaseProvenance provenance, CaseFacts caseFacts,
			PanelSummaries panelSummaries) {
		this.router = router;
		this.statutoryTasks = statutoryTasks;
		this.caseRecords = caseRecords;
		this.daoRegistry = daoRegistry;
		this.transactions = transactions;
		this.provenance = provenance;
		this.caseFacts = caseFacts;
		this.panelSummaries = panelSummaries;
	}

	public EpisodeOfCare transfer(IIdType caseId, String gssCode, String reason, RequestDetails request) {
		if (gssCode == null || !GSS_CODE.matcher(gssCode).matches()) {
			throw invalid("area", "The area must be a local authority's GSS code (e.g. E06000055), not '" + gssCode + "'");
		}
		if (reason == null || reason.isBlank()) {
			throw invalid("reason", "A transfer needs a reason, for the case's record");
		}
		TransactionDetails transaction = new TransactionDetails();
		return transactions.withRequest(request).withTransactionDetails(transaction)
				.execute(() -> move(caseId, gssCode, reason, request, transaction));
	}

	private EpisodeOfCare move(IIdType caseId, String gssCode, String reason, RequestDetails request,
			TransactionDetails transaction) {
		// read as the caller: a case they may not see is not known
		EpisodeOfCare episode = daoRegistry.getResourceDao(EpisodeOfCare.class).read(caseId.toUnqualifiedVersionless(), request);
		CaseScope before = CaseScope.ofCase(episode)
				.orElseThrow(() -> invalid("id", "EpisodeOfCare/" + caseId.getIdPart() + " is not a child death review case"));
		Reference previousOwner = episode.getCareManager().copy();

		RoutingDecision routing = router.transferTo(gssCode);
		router.apply(routing, episode, transaction);
		CaseScope scope = new CaseScope(before.caseNumber(), routing.reviewArea());

		caseRecords.moveTo(scope);
		scope.applyTo(episode);
		IIdType caseVersion = SameTransaction.update(daoRegistry.getResourceDao(EpisodeOfCare.class), episode, transaction);
		caseFacts.areaChanged(caseVersion.getIdPart(), gssCode);

		Set<String> existing = statutoryTasks.existingTypes(episode);
		for (Task task : statutoryTasks.tasksOf(episode)) {
			if (handOver(task, previousOwner, episode.getCareManager())) {
				scope.applyTo(task);
				SameTransaction.update(daoRegistry.getResourceDao(Task.class), task, transaction);
			}
		}
		for (Task task : statutoryTasks.missing(episode, false, existing, transaction)) {
			scope.applyTo(task);
			SameTransaction.create(daoRegistry.getResourceDao(Task.class), task, transaction);
		}
		provenance.record(caseVersion, scope, reason, List.of(), transaction);
		panelSummaries.rebuild(episode, transaction);
		return episode;
	}

	/** An open task of the previous care manager goes to the new one; an open triage is done. */
	private static boolean handOver(Task task, Reference previousOwner, Reference newOwner) {
		if (!StatutoryTasks.isOpen(task)) {
			return false;
		}
		if (StatutoryTasks.isOfType(task, "triage")) {
			StatutoryTasks.complete(task);
			return true;
		}
		if (previousOwner.getReference().equals(task.getOwner().getReference())
				&& !previousOwner.getReference().equals(newOwner.getReference())) {
			task.setOwner(newOwner.copy());
			return true;
		}
		return false;
	}

	private static UnprocessableEntityException invalid(String parameter, String reason) {
		UnprocessableEntityException refusal = new UnprocessableEntityException(reason);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.INVALID, reason);
		outcome.getIssueFirstRep().addExpression("Parameters.parameter.where(name = '" + parameter + "')");
		refusal.setOperationOutcome(outcome);
		return refusal;
	}
}
