package uk.org.cdrfhir.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;

/**
 * Counts FHIR searches as the person ({@code _summary=count}), a few at a time: a dashboard asks
 * for dozens, and each is a round trip through the API (access rules, audit). A search the person's
 * role may not run counts as unknown, not as zero.
 */
@Component
public class FhirCounts implements DisposableBean {

	/** Requests in flight for one page: enough to overlap round trips, few enough not to crowd the API. */
	private static final int AT_ONCE = 4;

	private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
		Thread thread = new Thread(runnable, "web-fhir-counts");
		thread.setDaemon(true);
		return thread;
	});

	/** The count of each search (null: refused to this person), in the order given. */
	public Map<String, Integer> count(IGenericClient client, List<String> queries) {
		Map<String, CompletableFuture<Integer>> pending = new LinkedHashMap<>();
		for (String query : queries) {
			pending.computeIfAbsent(query, q -> CompletableFuture.supplyAsync(() -> countOne(client, q), pool));
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		try {
			pending.forEach((query, count) -> counts.put(query, count.join()));
		} catch (CompletionException failed) {
			// the API's own answer (e.g. a lapsed token), as if the page had asked it directly
			throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
		}
		return counts;
	}

	private static Integer countOne(IGenericClient client, String query) {
		try {
			return client.search().byUrl(CaseQueries.and(query, "_summary=count"))
					.returnBundle(Bundle.class).execute().getTotal();
		} catch (ForbiddenOperationException refused) {
			return null;
		}
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
