package uk.org.cdrfhir.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HAPI FHIR settings this server exposes, under {@code hapi.fhir.*} in application.yaml.
 * Defaults are the values chosen for a child death review workflow; see the README's table.
 */
@ConfigurationProperties(prefix = "hapi.fhir")
public class FhirServerProperties {

	/** Name of this server in the CapabilityStatement. */
	private String serverName = "cdr-fhir";

	/** Public base URL of the FHIR API, when behind a proxy; empty means taken from each request. */
	private String serverAddress = "";

	private int defaultPageSize = 20;

	private int maxPageSize = 200;

	/**
	 * Reuse of an identical earlier search's results, in milliseconds. 0 because case lists must never
	 * be stale.
	 */
	private long reuseCachedSearchResultsMillis = 0;

	/** Largest transaction or batch Bundle accepted, in entries. */
	private int maximumTransactionBundleSize = 500;

	/**
	 * Mass-ingestion mode and the match-URL cache skip the hooks that let authorization hide resources
	 * matched by a conditional URL: both stay off unless a measured need says otherwise.
	 */
	private boolean massIngestionMode = false;

	private boolean matchUrlCache = false;

	/** Largest request body accepted, in bytes; larger ones get 413 before they are parsed. */
	private long maxRequestBodyBytes = 10L * 1024 * 1024;

	/**
	 * FHIR writes (POST, PUT, PATCH, DELETE) processed at once; more wait their turn. Each
	 * notification is mostly CPU (validation), so more at once than the machine has cores only adds
	 * switching and garbage (bench/RESULTS.md has the measurement). 0 means the number of processors
	 * plus one.
	 */
	private int maxConcurrentWrites = 0;

	/** How long a write waits for its turn before it gets 503 with Retry-After. */
	private Duration writeQueueTimeout = Duration.ofSeconds(30);

	private final Cors cors = new Cors();

	public String getServerName() {
		return serverName;
	}

	public void setServerName(String serverName) {
		this.serverName = serverName;
	}

	public String getServerAddress() {
		return serverAddress;
	}

	public void setServerAddress(String serverAddress) {
		this.serverAddress = serverAddress;
	}

	public int getDefaultPageSize() {
		return defaultPageSize;
	}

	public void setDefaultPageSize(int defaultPageSize) {
		this.defaultPageSize = defaultPageSize;
	}

	public int getMaxPageSize() {
		return maxPageSize;
	}

	public void setMaxPageSize(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	public long getReuseCachedSearchResultsMillis() {
		return reuseCachedSearchResultsMillis;
	}

	public void setReuseCachedSearchResultsMillis(long reuseCachedSearchResultsMillis) {
		this.reuseCachedSearchResultsMillis = reuseCachedSearchResultsMillis;
	}

	public int getMaximumTransactionBundleSize() {
		return maximumTransactionBundleSize;
	}

	public void setMaximumTransactionBundleSize(int maximumTransactionBundleSize) {
		this.maximumTransactionBundleSize = maximumTransactionBundleSize;
	}

	public boolean isMassIngestionMode() {
		return massIngestionMode;
	}

	public void setMassIngestionMode(boolean massIngestionMode) {
		this.massIngestionMode = massIngestionMode;
	}

	public boolean isMatchUrlCache() {
		return matchUrlCache;
	}

	public void setMatchUrlCache(boolean matchUrlCache) {
		this.matchUrlCache = matchUrlCache;
	}

	public long getMaxRequestBodyBytes() {
		return maxRequestBodyBytes;
	}

	public void setMaxRequestBodyBytes(long maxRequestBodyBytes) {
		this.maxRequestBodyBytes = maxRequestBodyBytes;
	}

	public int getMaxConcurrentWrites() {
		return maxConcurrentWrites;
	}

	public void setMaxConcurrentWrites(int maxConcurrentWrites) {
		this.maxConcurrentWrites = maxConcurrentWrites;
	}

	/** The writes processed at once: {@link #getMaxConcurrentWrites()}, or processors + 1 when it is 0. */
	public int concurrentWriteLimit() {
		return maxConcurrentWrites > 0 ? maxConcurrentWrites : Runtime.getRuntime().availableProcessors() + 1;
	}

	public Duration getWriteQueueTimeout() {
		return writeQueueTimeout;
	}

	public void setWriteQueueTimeout(Duration writeQueueTimeout) {
		this.writeQueueTimeout = writeQueueTimeout;
	}

	public Cors getCors() {
		return cors;
	}

	/** CORS is closed unless origins are listed. */
	public static class Cors {

		private List<String> allowedOrigins = new ArrayList<>();

		public List<String> getAllowedOrigins() {
			return allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}
	}
}
