package uk.org.cdrfhir.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;

/**
 * Counts FHIR searches as the person ({@code _count=0}): a dashboard asks for dozens. Each
 * API request is a round trip (token, access rules, an audit record), so the searches go as
 * {@code batch} Bundles, which the API takes from every role (from a role that sees part of the
 * records, a batch of searches only, each narrowed as it would be on its own). The server answers a
 * batch's entries one after another, so the searches are split into one batch per processor, side
 * by side: a page waits for the largest part, not for the sum. A search the person's role may not
 * run counts as unknown, not as zero.
 *
 * <p>Every search is sent with {@code Cache-Control: no-store}: HAPI then counts in one query, where
 * otherwise it registers each search in its search cache (a row written, a worker thread) for
 * paging that a count never does. {@code _count=0} asks for the count alone, as {@code _summary=count}
 * does, but HAPI answers a batch entry with {@code _summary} by encoding its Bundle and parsing it
 * back (6% of a dashboard's server CPU).
 */
@Component
public class FhirCounts {

	private static final CacheControlDirective COUNT_ONLY = new CacheControlDirective().setNoStore(true);
	private static final int BATCHES_AT_ONCE = Runtime.getRuntime().availableProcessors();

	private final PageCalls calls;

	public FhirCounts(PageCalls calls) {
		this.calls = calls;
	}

	/** The count of each search (null: refused to this person), in the order given. */
	public Map<String, Integer> count(IGenericClient client, List<String> queries) {
		List<String> distinct = List.copyOf(new LinkedHashSet<>(queries));
		int perBatch = Math.max(1, -Math.floorDiv(-distinct.size(), BATCHES_AT_ONCE));
		List<CompletableFuture<Map<String, Integer>>> pending = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += perBatch) {
			List<String> part = distinct.subList(from, Math.min(distinct.size(), from + perBatch));
			pending.add(calls.start(() -> countInOneBatch(client, part)));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		pending.forEach(part -> counts.putAll(PageCalls.result(part)));
		return counts;
	}

	private static Integer countOne(IGenericClient client, String query) {
		try {
			return client.search().byUrl(countOf(query)).returnBundle(Bundle.class).cacheControl(COUNT_ONLY).execute().getTotal();
		} catch (ForbiddenOperationException refused) {
			return null;
		}
	}

	private static Map<String, Integer> countInOneBatch(IGenericClient client, List<String> queries) {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		queries.forEach(query -> batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(countOf(query)));
		Bundle answers;
		try {
			answers = client.transaction().withBundle(batch).cacheControl(COUNT_ONLY).execute();
		} catch (ForbiddenOperationException refused) {
			// an entry refused refuses the batch: ask each, to know which (in turn: this runs on the
			// page calls' pool already, and a call there must not wait for others queued behind it)
			Map<String, Integer> counts = new LinkedHashMap<>();
			queries.forEach(query -> counts.put(query, countOne(client, query)));
			return counts;
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int i = 0; i < queries.size(); i++) {
			counts.put(queries.get(i), total(answers.getEntry().get(i), queries.get(i)));
		}
		return counts;
	}

	/** An entry's count, as {@link #countOne} would have had it answered on its own. */
	private static Integer total(Bundle.BundleEntryComponent answer, String query) {
		int status = Integer.parseInt(answer.getResponse().getStatus().split(" ")[0]);
		if (status == 403) {
			return null;
		}
		if (status / 100 != 2 || !(answer.getResource() instanceof Bundle found)) {
			throw BaseServerResponseException.newInstance(status, "Counting " + query + ": " + answer.getResponse().getStatus());
		}
		return found.getTotal();
	}

	private static String countOf(String query) {
		return CaseQueries.and(query, "_count=0");
	}
}
