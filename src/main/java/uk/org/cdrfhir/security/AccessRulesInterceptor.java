package uk.org.cdrfhir.security;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import uk.org.cdrfhir.fhir.ConditionalWrites;
import uk.org.cdrfhir.fhir.EntryUrl;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Applies the {@link AccessPolicy} to every FHIR request before it is handled: refuses what the
 * caller's role or scopes do not allow (403), narrows searches to the caller's records by adding
 * a label or profile parameter to the query (so the database never returns another area's records,
 * whatever else the query asks), refuses searches that reach across records ({@code _has}, chains;
 * but from a case to its own child and tasks) and conditional writes (which tell whether a record
 * exists) to roles that see only part of the data, and checks each entry of a batch or transaction by
 * the same rules.
 *
 * <p>HAPI's AuthorizationInterceptor and SearchNarrowingInterceptor are not used (here and in
 * {@link RecordScopeInterceptor}): they scope by compartment, resource type or code, while a caller's
 * scope here is the review-area security label each record carries, which moves with its case.
 */
@Component
@Interceptor
@SecurityOn
public class AccessRulesInterceptor implements FhirServerInterceptor {

	/**
	 * The searches across records a role with a partial view may still make: from a case to its own
	 * child and tasks, as the cases list's filters do (age band at death, a JAR, an open clock). A
	 * case's child and tasks carry the case's label and move with it, so from a case in the caller's
	 * scope these reach only records in it; any other chain or {@code _has} is refused.
	 */
	private static final Map<String, Set<String>> WITHIN_CASE = Map.of("EpisodeOfCare",
			Set.of("patient.age-band", "_has:Task:focus:code", "_has:Task:focus:open-due-date"));
	/** A batch entry's path that names a resource type and nothing more (no id, operation or server base). */
	private static final Pattern SEARCHED_TYPE = Pattern.compile("[A-Z][A-Za-z]+");

	private final AccessPolicy policy;
	private final VisibleRecords records;

	public AccessRulesInterceptor(AccessPolicy policy, VisibleRecords records) {
		this.policy = policy;
		this.records = records;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public void authorize(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		if (operation == null || operation == RestOperationTypeEnum.METADATA) {
			return; // the CapabilityStatement is public
		}
		Caller caller = Caller.current().orElseThrow(() -> new AuthenticationException("A valid bearer token is required"));
		switch (operation) {
			case TRANSACTION -> {
				// decided once its Bundle is parsed (authorizeEntries)
			}
			case GRAPHQL_REQUEST -> refuse("GraphQL is not available");
			default -> authorizeInteraction(caller, request, operation);
		}
	}

	/**
	 * A batch or transaction once its Bundle is parsed: from a role that sees every record, each entry
	 * is checked as if it were its own request; from any other role, only a batch of searches is taken,
	 * each search checked and narrowed to the caller's records as if sent on its own (as HAPI's
	 * SearchNarrowingInterceptor rewrites entry URLs), so a designated doctor's dashboard can count in
	 * one round trip.
	 */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void authorizeEntries(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation != RestOperationTypeEnum.TRANSACTION) {
			return;
		}
		if (!(request.getResource() instanceof Bundle bundle)) {
			throw new InvalidRequestException("A batch or transaction must be a Bundle");
		}
		Caller caller = Caller.current().orElseThrow();
		if (policy.maySendBatches(caller.role())) {
			authorizeEntries(caller, bundle);
		} else {
			narrowSearches(caller, bundle);
		}
	}

	private void authorizeInteraction(Caller caller, RequestDetails request, RestOperationTypeEnum operation) {
		Interaction interaction = Interaction.of(operation);
		if (interaction == null) {
			refuse("The interaction " + operation.getCode() + " is not permitted");
		}
		if (operation == RestOperationTypeEnum.GET_PAGE) {
			return; // a further page of a search: each record on it is checked as it is shown
		}
		String resourceType = request.getResourceName();
		require(policy.decide(caller, interaction, resourceType, request.getOperation()));
		boolean ofStoredRecord = request.getId() != null && request.getId().hasIdPart();
		if ("$validate".equals(request.getOperation())) {
			require(policy.decideValidation(caller, resourceType, firstParameter(request, "mode"), ofStoredRecord));
		}
		boolean partialView = !policy.mayUseCrossRecordSearch(caller);
		if (partialView && ofStoredRecord && (interaction == Interaction.UPDATE || interaction == Interaction.DELETE)) {
			requireVisible(caller, request.getId());
		}
		if (partialView && ConditionalWrites.isConditional(request)) {
			refuse("Conditional create, update, patch and delete are not permitted to the " + caller.role().claimValue() + " role");
		}
		if (partialView && (interaction == Interaction.HISTORY && operation != RestOperationTypeEnum.HISTORY_INSTANCE)) {
			refuse("Listing the history of a resource type is not permitted to the " + caller.role().claimValue() + " role");
		}
		if (interaction == Interaction.SEARCH) {
			if (partialView) {
				refuseCrossRecordParameters(resourceType, request.getParameters().keySet());
			}
			narrow(caller, request, resourceType);
		}
	}

	/**
	 * A change of a record the caller may not see, or of one that does not exist (which an update would
	 * otherwise try to create), is answered alike.
	 */
	private void requireVisible(Caller caller, IIdType id) {
		if (records.find(caller, id).isEmpty()) {
			throw RecordNotKnown.asked(id);
		}
	}

	private static String firstParameter(RequestDetails request, String name) {
		String[] values = request.getParameters().get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private void narrow(Caller caller, RequestDetails request, String resourceType) {
		policy.narrowing(caller, resourceType).ifPresent(narrowing -> addParameter(request, narrowing.parameter(), narrowing.value()));
	}

	private void narrowSearches(Caller caller, Bundle bundle) {
		String role = caller.role().claimValue();
		if (bundle.getType() != Bundle.BundleType.BATCH) {
			refuse("Transactions are not permitted to the " + role + " role; a batch of searches is");
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			Bundle.BundleEntryRequestComponent asked = entry.getRequest();
			String url = asked.getUrl() == null ? "" : asked.getUrl();
			EntryUrl entryUrl = EntryUrl.of(url);
			String resourceType = entryUrl.path();
			if (asked.getMethod() != Bundle.HTTPVerb.GET || !SEARCHED_TYPE.matcher(resourceType).matches()) {
				refuse("Entry " + asked.getMethod() + " " + url + ": the " + role
						+ " role may send a batch of searches of a resource type only, e.g. GET EpisodeOfCare?stage=notified");
			}
			AccessPolicy.Decision decision = policy.decide(caller, Interaction.SEARCH, resourceType, null);
			if (!decision.allowed()) {
				refuse("Entry GET " + url + ": " + decision.reason());
			}
			refuseCrossRecordParameters(resourceType, entryUrl.query() == null ? List.of() : parameterNames(entryUrl.query()));
			policy.narrowing(caller, resourceType).ifPresent(narrowing -> asked.setUrl(url + (entryUrl.query() == null ? "?" : "&")
					+ narrowing.parameter() + "=" + URLEncoder.encode(narrowing.value(), StandardCharsets.UTF_8)));
		}
	}

	private static List<String> parameterNames(String query) {
		try {
			return Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty())
					.map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)).toList();
		} catch (IllegalArgumentException badEscape) {
			throw new InvalidRequestException("A batch entry's search is not URL-encoded correctly: " + query);
		}
	}

	private static void addParameter(RequestDetails request, String name, String value) {
		Map<String, String[]> parameters = new HashMap<>(request.getParameters());
		List<String> values = new ArrayList<>(Arrays.asList(parameters.getOrDefault(name, new String[0])));
		values.add(value); // a repeated parameter is ANDed with what the caller asked
		parameters.put(name, values.toArray(String[]::new));
		request.setParameters(parameters);
	}

	private static void refuseCrossRecordParameters(String resourceType, Collection<String> names) {
		Set<String> withinCase = WITHIN_CASE.getOrDefault(resourceType, Set.of());
		for (String name : names) {
			if ((name.startsWith("_has") || name.contains(".")) && !withinCase.contains(name)) {
				refuse("The search parameter " + name + " reaches other records and is not permitted to this role");
			}
		}
	}

	private void authorizeEntries(Caller caller, Bundle bundle) {
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			Bundle.HTTPVerb verb = entry.getRequest().getMethod();
			String url = entry.getRequest().getUrl();
			if (verb == null || url == null) {
				continue; // HAPI refuses the entry with 400
			}
			String[] parts = EntryUrl.of(url).path().split("/");
			String resourceType = parts[0].isEmpty() || parts[0].startsWith("$") ? null : parts[0];
			String operationName = Arrays.stream(parts).filter(part -> part.startsWith("$")).findFirst().orElse(null);
			Interaction interaction = operationName != null ? Interaction.OPERATION : switch (verb) {
				case GET, HEAD -> parts.length > 1 ? Interaction.READ : Interaction.SEARCH;
				case POST -> Interaction.CREATE;
				case PUT, PATCH -> Interaction.UPDATE;
				case DELETE -> Interaction.DELETE;
				default -> null;
			};
			if (interaction == null) {
				refuse("Entry " + url + ": not permitted");
			}
			AccessPolicy.Decision decision = policy.decide(caller, interaction, resourceType, operationName);
			if (!decision.allowed()) {
				refuse("Entry " + verb + " " + url + ": " + decision.reason());
			}
		}
	}

	private static void require(AccessPolicy.Decision decision) {
		if (!decision.allowed()) {
			refuse(decision.reason());
		}
	}

	private static void refuse(String reason) {
		ForbiddenOperationException refusal = new ForbiddenOperationException(reason);
		refusal.setOperationOutcome(OperationOutcomes.error(IssueType.FORBIDDEN, reason));
		throw refusal;
	}
}
