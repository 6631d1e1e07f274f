package uk.org.cdrfhir.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.synthetic.SyntheticNotification;
import uk.org.cdrfhir.synthetic.SyntheticNotifications;

/**
 * The server's validator against the stock HAPI validator ({@link FhirInstanceValidator} with the
 * same definitions and the same settings, {@link ProfileValidator#configure}, and none of our
 * customisations), over a corpus of documents: both must find the same errors (rule and location)
 * in every one. Each side has its own copy of the base definitions, so neither warms the other's.
 */
final class ValidatorDifferential {

	/** One document of the corpus: the JSON text and the profiles the server would validate it against. */
	record Document(String name, String json, List<String> profiles) {
	}

	/** The errors only one side found in a document. */
	record Difference(Document document, Set<String> onlyStock, Set<String> onlyOurs) {
		@Override
		public String toString() {
			return document.name() + ": only stock " + onlyStock + ", only ours " + onlyOurs;
		}
	}

	/**
	 * What a run compared. A document the stock validator could not validate at all (HAPI's wrapper
	 * fails on a meta.profile that is not text) is not compared, but ours must refuse it with an error.
	 */
	record Summary(String corpus, int documents, int documentsWithErrors, int errorsCompared, int stockFailures,
			List<Difference> differences) {
		@Override
		public String toString() {
			return String.format("differential (%s): %d documents (%d with errors), %d errors compared, %d differences"
					+ " (%d documents the stock validator failed on, all refused by ours)",
					corpus, documents, documentsWithErrors, errorsCompared, differences.size(), stockFailures);
		}
	}

	/** What one document gave on both sides. */
	private record Compared(Document document, Set<String> stockErrors, Set<String> ourErrors, boolean stockFailed) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int SYNTHETIC_YEARS = 3;
	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final FhirContext fhirContext = FhirContext.forR4Cached();
	private final CdrPackage cdrPackage = CdrPackage.load(fhirContext);
	private final ProfileValidator ours = new ProfileValidator(fhirContext, cdrPackage);
	private final FhirValidator stock;

	ValidatorDifferential() {
		FhirInstanceValidator stockModule = new FhirInstanceValidator(
				ProfileValidator.supportChain(fhirContext, cdrPackage, new DefaultProfileValidationSupport(fhirContext)));
		ProfileValidator.configure(stockModule);
		stock = ProfileValidator.fhirValidator(fhirContext, stockModule);
	}

	/** Every valid example of the package. */
	List<Document> examples() {
		List<Document> documents = new ArrayList<>();
		for (Map.Entry<String, IBaseResource> example : cdrPackage.examples().entrySet()) {
			documents.add(document("example " + example.getKey(), encode(example.getValue())));
		}
		return documents;
	}

	/** Every invalid example of the contract. */
	List<Document> invalidExamples() {
		try {
			List<Document> documents = new ArrayList<>();
			for (JsonNode entry : InvalidExamples.manifest()) {
				documents.add(document("invalid example " + entry.path("name").asText(),
						InvalidExamples.json(entry, fhirContext, cdrPackage)));
			}
			return documents;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code count} synthetic notifications, as the demo and the intake benchmark send them. */
	List<Document> synthetic(long seed, int count) {
		return syntheticJson(seed, count).stream()
				.map(json -> document("synthetic notification " + seed + "/" + json.index(), json.text()))
				.toList();
	}

	/**
	 * {@code count} mutated documents: synthetic notifications and every example in turn, each with one
	 * to a few mutations of {@link NotificationMutator}.
	 */
	List<Document> mutated(long seed, int count) {
		List<String> originals = new ArrayList<>();
		syntheticJson(seed, count / 2).forEach(json -> originals.add(json.text()));
		cdrPackage.examples().values().forEach(example -> originals.add(encode(example)));
		NotificationMutator mutator = new NotificationMutator(seed);
		List<Document> documents = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			NotificationMutator.Mutated mutated = mutator.mutate(read(originals.get(index % originals.size())));
			documents.add(document("mutated " + seed + "/" + index + " " + mutated.mutations(), write(mutated.document())));
		}
		return documents;
	}

	/** Validates each document with both validators (documents in parallel, one per processor) and compares their errors. */
	Summary compare(String corpus, List<Document> documents) {
		ForkJoinPool threads = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
		List<Compared> results;
		try {
			results = threads.submit(() -> documents.parallelStream().map(this::compare).toList()).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			threads.shutdown();
		}
		int errors = 0;
		int withErrors = 0;
		int stockFailures = 0;
		List<Difference> differences = new ArrayList<>();
		for (Compared result : results) {
			if (result.stockFailed() && !result.ourErrors().isEmpty()) {
				stockFailures++;
				continue;
			}
			errors += result.stockErrors().size();
			withErrors += result.stockErrors().isEmpty() ? 0 : 1;
			if (!result.stockErrors().equals(result.ourErrors())) {
				Set<String> onlyStock = new TreeSet<>(result.stockErrors());
				onlyStock.removeAll(result.ourErrors());
				Set<String> onlyOurs = new TreeSet<>(result.ourErrors());
				onlyOurs.removeAll(result.stockErrors());
				differences.add(new Difference(result.document(), onlyStock, onlyOurs));
			}
		}
		return new Summary(corpus, documents.size(), withErrors, errors, stockFailures, differences);
	}

	private Compared compare(Document document) {
		Set<String> stockErrors;
		boolean stockFailed = false;
		try {
			stockErrors = errors(stock.validateWithResult(document.json(), options(document)));
		} catch (RuntimeException e) {
			stockErrors = Set.of("failed: " + e);
			stockFailed = true;
		}
		Set<String> ourErrors;
		try {
			ourErrors = errors(ours.validate(document.json(), document.profiles()));
		} catch (RuntimeException e) {
			ourErrors = Set.of("failed: " + e);
		}
		return new Compared(document, stockErrors, ourErrors, stockFailed);
	}

	/** Error-level issues as "rule @ location" (the message where an issue has no rule id). */
	private static Set<String> errors(ValidationResult result) {
		Set<String> errors = new TreeSet<>();
		result.getMessages().stream()
				.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
				.forEach(m -> errors.add((m.getMessageId() != null ? m.getMessageId() : m.getMessage()) + " @ " + m.getLocationString()));
		return errors;
	}

	private static ValidationOptions options(Document document) {
		ValidationOptions options = new ValidationOptions();
		document.profiles().forEach(options::addProfile);
		return options;
	}

	/**
	 * As the server: a document Bundle is validated as a notification, and every resource against the
	 * profiles it claims (those the JSON names in meta.profile).
	 */
	private static Document document(String name, String json) {
		JsonNode tree = read(json);
		List<String> profiles = new ArrayList<>();
		if ("Bundle".equals(tree.path("resourceType").asText()) && "document".equals(tree.path("type").asText())) {
			profiles.add(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE);
		}
		for (JsonNode claimed : tree.path("meta").path("profile")) {
			if (claimed.isTextual() && !claimed.asText().isBlank()) {
				profiles.add(claimed.asText());
			}
		}
		return new Document(name, json, profiles);
	}

	private record IndexedJson(int index, String text) {
	}

	private List<IndexedJson> syntheticJson(long seed, int count) {
		List<SyntheticNotification> notifications = SyntheticNotifications
				.overYears(seed, SYNTHETIC_YEARS, LocalDate.now(ENGLAND)).generate(count);
		List<IndexedJson> json = new ArrayList<>();
		for (int index = 0; index < notifications.size(); index++) {
			json.add(new IndexedJson(index, encode(notifications.get(index).bundle())));
		}
		return json;
	}

	private String encode(IBaseResource resource) {
		return fhirContext.newJsonParser().encodeResourceToString(resource);
	}

	private static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String write(JsonNode json) {
		try {
			return JSON.writeValueAsString(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
