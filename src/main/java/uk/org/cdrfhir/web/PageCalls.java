package uk.org.cdrfhir.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A page's independent FHIR API calls, side by side: each is a round trip (token, access rules, an
 * audit record written), so a page that needs several waits for the slowest, not for their sum.
 */
@Component
public class PageCalls implements DisposableBean {

	/** Calls in flight for all pages: enough to overlap round trips, few enough not to crowd the API. */
	private static final int AT_ONCE = 8;

	private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
		Thread thread = new Thread(runnable, "web-fhir-calls");
		thread.setDaemon(true);
		return thread;
	});

	/** Starts a call; {@link #result} waits for it. */
	public <T> CompletableFuture<T> start(Supplier<T> call) {
		return CompletableFuture.supplyAsync(call, pool);
	}

	/** A started call's result, or the API's own answer (e.g. a lapsed token) as if the page had asked it directly. */
	public static <T> T result(CompletableFuture<T> call) {
		try {
			return call.join();
		} catch (CompletionException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
		}
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
