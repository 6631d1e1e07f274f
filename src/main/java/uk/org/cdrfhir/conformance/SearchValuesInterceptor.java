package uk.org.cdrfhir.conformance;

import java.util.List;
import java.util.Map;

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
import ca.uhn.fhir.rest.api.QualifiedParamList;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.util.UrlUtil;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Refuses (400, nothing run) a search whose parameter value is not of the parameter's type (a date
 * that is no date, {@code due-date=lt}, a quantity that is no number), naming the parameter and
 * the value, whether the search came on its own or as an entry of a batch. HAPI parses such a value
 * only as it runs the search, with an exception that is not an HTTP answer: on its own the search
 * was answered 400 but logged at ERROR with a stack trace, and as a batch entry it was answered
 * "500 Internal Server Error". The values are parsed here with HAPI's own parser, as the search would
 * parse them; what else is wrong with a search (an unknown parameter, chains) HAPI answers as before.
 */
@Component
@Interceptor
public class SearchValuesInterceptor implements FhirServerInterceptor {

	private final FhirContext fhirContext;
	private final ISearchParamRegistry searchParams;

	public SearchValuesInterceptor(FhirContext fhirContext, ISearchParamRegistry searchParams) {
		this.fhirContext = fhirContext;
		this.searchParams = searchParams;
	}

	/** A search on its own: before HAPI parses its parameters for the search method. */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public void refuseSearchValuesOfTheWrongType(RequestDetails request) {
		if (request.getRestOperationType() == RestOperationTypeEnum.SEARCH_TYPE) {
			request.getParameters().forEach((name, values) -> {
				for (String value : values) {
					check(request.getResourceName(), name, value, "");
				}
			});
		}
	}

	/** A batch's searches: once its Bundle is parsed, before any entry is run. */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void refuseEntryValuesOfTheWrongType(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation == RestOperationTypeEnum.TRANSACTION && request.getResource() instanceof Bundle bundle) {
			bundle.getEntry().forEach(entry -> checkEntry(entry.getRequest()));
		}
	}

	private void checkEntry(Bundle.BundleEntryRequestComponent asked) {
		String url = asked.getUrl();
		if (asked.getMethod() != Bundle.HTTPVerb.GET || url == null || !url.contains("?")) {
			return;
		}
		String resourceType = url.substring(0, url.indexOf('?')).replaceFirst("^/", "");
		if (!fhirContext.getResourceTypes().contains(resourceType)) {
			return; // a read, an operation, or no such type: HAPI answers it
		}
		String where = "Entry GET " + url + ": ";
		Map<String, String[]> parameters;
		try {
			parameters = UrlUtil.parseQueryString(url.substring(url.indexOf('?') + 1));
		} catch (IllegalArgumentException badEscape) {
			throw invalid(where + "the search is not URL-encoded correctly (" + badEscape.getMessage() + ")");
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			for (String value : parameter.getValue()) {
				check(resourceType, parameter.getKey(), value, where);
			}
		}
	}

	private void check(String resourceType, String name, String value, String where) {
		int qualifierAt = qualifierStart(name);
		String parameterName = qualifierAt < 0 ? name : name.substring(0, qualifierAt);
		String qualifier = qualifierAt < 0 ? null : name.substring(qualifierAt);
		RuntimeSearchParam definition = searchParams.getActiveSearchParam(resourceType, parameterName,
				ISearchParamRegistry.SearchParamLookupContextEnum.SEARCH);
		if (definition == null && !"_lastUpdated".equals(parameterName)) {
			return; // a control parameter (_count, _sort...), _has, or unknown: HAPI answers it
		}
		List<QualifiedParamList> values = List.of(QualifiedParamList.splitQueryStringByCommasIgnoreEscape(qualifier, value));
		try {
			if (definition == null) {
				new DateRangeParam().setValuesAsQueryTokens(fhirContext, parameterName, values);
			} else {
				JpaParamUtil.parseQueryParams(searchParams, fhirContext, definition, name, values);
			}
		} catch (DataFormatException notOfItsType) {
			String diagnostics = where + "the search parameter " + name + " has the value \"" + value + "\", which is not a valid "
					+ (definition == null ? "date" : definition.getParamType().getCode()) + " value: "
					+ notOfItsType.getMessage().replaceFirst("^HAPI-\\d+: ", "");
			throw invalid(diagnostics);
		}
	}

	private static InvalidRequestException invalid(String diagnostics) {
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
