package uk.org.cdrfhir.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.util.JpaParamUtil;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.QualifiedParamList;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.util.UrlUtil;
import uk.org.cdrfhir.fhir.ConditionalWrites;
import uk.org.cdrfhir.fhir.EntryUrl;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Refuses (400, nothing run) a request whose parameter value HAPI cannot read, naming the parameter
 * and the value, whether the request came on its own or as an entry of a batch:
 * <ul>
 * <li>a search parameter's value not of its type (a date that is no date, {@code due-date=lt}, a
 * quantity that is no number). HAPI parses it only as it runs the search, with an exception that is
 * not an HTTP answer: on its own the search was answered 400 but logged at ERROR with a stack trace,
 * and as a batch entry it was answered "500 Internal Server Error". The values are parsed here with
 * HAPI's own parser, as the search would parse them;</li>
 * <li>{@code _count} or {@code _offset} that is not a whole number (an operation such as
 * {@code $everything} answered 500);</li>
 * <li>{@code _filter}, which this server does not support (HAPI parsed it before saying so, and a
 * malformed one was a 500).</li>
 * </ul>
 * Conditional creates, updates, patches and deletes search by their URL or If-None-Exist, and are
 * checked alike. What else is wrong with a search (an unknown parameter, chains) HAPI answers as before.
 */
@Component
@Interceptor
public class SearchValuesInterceptor implements FhirServerInterceptor {

	private static final Set<String> WHOLE_NUMBERS = Set.of(Constants.PARAM_COUNT, Constants.PARAM_OFFSET);

	private final FhirContext fhirContext;
	private final ISearchParamRegistry searchParams;

	public SearchValuesInterceptor(FhirContext fhirContext, ISearchParamRegistry searchParams) {
		this.fhirContext = fhirContext;
		this.searchParams = searchParams;
	}

	/**
	 * A request on its own: before HAPI parses its parameters for the method that answers it. A
	 * conditional create, update, patch or delete searches too (its If-None-Exist header, its URL).
	 */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public void refuseValuesOfTheWrongType(RequestDetails request) {
		boolean searches = request.getRestOperationType() == RestOperationTypeEnum.SEARCH_TYPE || ConditionalWrites.byUrl(request);
		String searched = searches ? request.getResourceName() : null;
		request.getParameters().forEach((name, values) -> {
			for (String value : values) {
				check(searched, name, value, "");
			}
		});
		String ifNoneExist = ConditionalWrites.ifNoneExist(request);
		if (ifNoneExist != null) {
			checkQuery(request.getResourceName(), ifNoneExist, "If-None-Exist: ");
		}
	}

	/** A batch's or transaction's entries: once its Bundle is parsed, before any entry is run. */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void refuseEntryValuesOfTheWrongType(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation == RestOperationTypeEnum.TRANSACTION && request.getResource() instanceof Bundle bundle) {
			bundle.getEntry().forEach(entry -> checkEntry(entry.getRequest()));
		}
	}

	private void checkEntry(Bundle.BundleEntryRequestComponent asked) {
		String url = asked.getUrl();
		if (url == null || asked.getMethod() == null) {
			return; // HAPI refuses the entry
		}
		EntryUrl entryUrl = EntryUrl.of(url);
		// a search, or a conditional write, of a resource type; else a read or an operation
		String resourceType = fhirContext.getResourceTypes().contains(entryUrl.path()) ? entryUrl.path() : null;
		String where = "Entry " + asked.getMethod().toCode() + " " + url;
		if (entryUrl.query() != null) {
			checkQuery(asked.getMethod() == Bundle.HTTPVerb.POST ? null : resourceType, entryUrl.query(), where + ": ");
		}
		if (asked.getMethod() == Bundle.HTTPVerb.POST && asked.hasIfNoneExist()) {
			checkQuery(resourceType, asked.getIfNoneExist(), where + ", ifNoneExist: ");
		}
	}

	/** A query string ({@code a=1&b=2}, or {@code Type?a=1}), searching a resource type when one is given. */
	private void checkQuery(String searched, String query, String where) {
		Map<String, String[]> parameters;
		try {
			parameters = UrlUtil.parseQueryString(query.substring(query.indexOf('?') + 1));
		} catch (IllegalArgumentException badEscape) {
			throw invalid(where + "the search is not URL-encoded correctly (" + badEscape.getMessage() + ")");
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				check(searched, parameter.getKey(), value, where);
			}
		}
	}

	/** One parameter of a request; its search parameters too when it searches a resource type ({@code searched}). */
	private void check(String searched, String name, String value, String where) {
		if (Constants.PARAM_FILTER.equals(name)) {
			throw invalid(where + "the _filter parameter is not supported by this server: search with the search parameters"
					+ " of the resource type (the CapabilityStatement lists them)");
		}
		if (WHOLE_NUMBERS.contains(name)) {
			if (!value.matches("\\d{1,9}")) {
				throw invalid(where + "the parameter " + name + " has the value \"" + value + "\", which is not a whole number of 0 or more");
			}
			return;
		}
		if (searched != null) {
			checkSearchParameter(searched, name, value, where);
		}
	}

	private void checkSearchParameter(String resourceType, String name, String value, String where) {
		int qualifierAt = qualifierStart(name);
		String parameterName = qualifierAt < 0 ? name : name.substring(0, qualifierAt);
		String qualifier = qualifierAt < 0 ? null : name.substring(qualifierAt);
		RuntimeSearchParam definition = searchParams.getActiveSearchParam(resourceType, parameterName,
				ISearchParamRegistry.SearchParamLookupContextEnum.SEARCH);
		if (definition == null && !Constants.PARAM_LASTUPDATED.equals(parameterName)) {
			return; // a control parameter (_sort...), _has, or unknown: HAPI answers it
		}
		List<QualifiedParamList> values = List.of(QualifiedParamList.splitQueryStringByCommasIgnoreEscape(qualifier, value));
		try {
			if (definition == null) { // _lastUpdated: not in the registry, a date to HAPI
				new DateRangeParam().setValuesAsQueryTokens(fhirContext, parameterName, values);
			} else {
				JpaParamUtil.parseQueryParams(searchParams, fhirContext, definition, name, values);
			}
		} catch (DataFormatException notOfItsType) {
			throw invalid(where + "the search parameter " + name + " has the value \"" + value + "\", which is not a valid "
					+ (definition == null ? "date" : definition.getParamType().getCode()) + " value: "
					+ notOfItsType.getMessage().replaceFirst("^HAPI-\\d+: ", ""));
		}
	}

	/** A refusal; said of a request on its own, the sentence starts with a capital. */
	private static InvalidRequestException invalid(String said) {
		String diagnostics = Character.toUpperCase(said.charAt(0)) + said.substring(1);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.INVALID, diagnostics);
		return new InvalidRequestException(diagnostics, outcome);
	}

	/** Where a parameter's modifier or chain starts ({@code due-date:missing}, {@code patient.birthdate}), or -1. */
	private static int qualifierStart(String name) {
		int modifier = name.indexOf(':');
		int chain = name.indexOf('.');
		return modifier < 0 ? chain : chain < 0 ? modifier : Math.min(modifier, chain);
	}
}
