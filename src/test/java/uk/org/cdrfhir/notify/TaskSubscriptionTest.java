package uk.org.cdrfhir.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A designated doctor's system subscribes to the Tasks its PractitionerRole owns and is told of them
 * by rest-hook, over real HTTP to a real receiver: a notification without content, with the
 * Subscription's Authorization header, which is never shown. A Subscription to an endpoint outside
 * the allowed list, on another channel, or asking for content is refused.
 */
class TaskSubscriptionTest extends FhirServerTestBase {

	/** Deliveries pass through HAPI's 5-second submission job once or twice; 20 s leaves room on a busy machine. */
	private static final Duration DELIVERY_WAIT = Duration.ofSeconds(20);

	private static final String AUTHORIZATION = "Bearer doctor-system-" + UUID.randomUUID();

	@Autowired
	private SubscriptionRegistry subscriptionRegistry;

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private IInterceptorService interceptorService;

	private HttpServer receiver;
	private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
	private IdType subscriptionId;

	/** One request the receiver got. */
	private record Delivery(String method, String path, String authorization, String contentType, String body) {
	}

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", this::receive);
		receiver.start();
	}

	@AfterEach
	void stopReceiverAndSubscription() {
		if (subscriptionId != null) {
			asAdministrator().delete().resourceById(subscriptionId).execute();
		}
		receiver.stop(0);
	}

	private void receive(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		deliveries.add(new Delivery(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Content-Type"),
				new String(body, StandardCharsets.UTF_8)));
		// answer as a FHIR server would: the resource back, so HAPI's client counts the delivery as done
		exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
		exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private String receiverEndpoint() {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify";
	}

	@Test
	void designatedDoctorsSystemIsToldOfTheTasksItsRoleOwnsAndOnlyThose() {
		IdType doctorRole = createRole();
		IdType otherRole = createRole();
		subscriptionId = createSubscription("Task?owner=PractitionerRole/" + doctorRole.getIdPart(), receiverEndpoint());
		awaitActive(subscriptionId);

		// the other role's Task is stored first, so it has been matched by the time the owned Task's update arrives
		createTask(otherRole);
		IdType ownedTask = createTask(doctorRole);
		await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> deliveries.size() >= 1);

		Task started = client.read().resource(Task.class).withId(ownedTask).execute();
		started.setStatus(TaskStatus.INPROGRESS);
		client.update().resource(started).execute();
		await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> deliveries.size() >= 2);

		// a notification without content: the doctor's system reads its tasks with its own token
		List<Delivery> received = List.copyOf(deliveries);
		assertThat(received).hasSize(2).allSatisfy(delivery -> {
			assertThat(delivery.method()).isEqualTo("POST");
			assertThat(delivery.path()).isEqualTo("/notify");
			assertThat(delivery.authorization()).isEqualTo(AUTHORIZATION);
			assertThat(delivery.body()).isEmpty();
		});
	}

	@Test
	void lutonDesignatedDoctorsSystemIsToldOfANewLutonNotificationAndReadsItsReviewTask() throws Exception {
		subscriptionId = createSubscription("Task?owner=PractitionerRole/designated-doctor-luton", receiverEndpoint());
		awaitActive(subscriptionId);

		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));

		await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> !deliveries.isEmpty());
		assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.body()).isEmpty());
		Bundle reviewTasks = as(DemoClient.DOCTOR_LUTON).search().forResource(Task.class)
				.where(Task.OWNER.hasId("PractitionerRole/designated-doctor-luton"))
				.and(Task.CODE.exactly().systemAndCode(CdrUrls.TASK_TYPE_SYSTEM, "designated-doctor-review"))
				.and(Task.FOCUS.hasId("EpisodeOfCare/" + caseId))
				.returnBundle(Bundle.class).execute();
		assertThat(reviewTasks.getEntry()).hasSize(1);
	}

	@Test
	void onlyChangesAnActiveSubscriptionMayMatchEnterTheMatchingPipeline() throws Exception {
		subscriptionId = createSubscription("Task?status=requested", receiverEndpoint());
		awaitActive(subscriptionId);
		Set<String> queuedTypes = ConcurrentHashMap.newKeySet();
		Object recorder = new Object() {
			@Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
			public void queued(ResourceModifiedMessage message) {
				queuedTypes.add(message.getResourceType(fhirContext));
			}
		};
		interceptorService.registerInterceptor(recorder);
		try {
			HttpResponse<String> response = post("/Bundle", "application/fhir+json", fhirContext.newJsonParser()
					.encodeResourceToString(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle())
					.getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		} finally {
			interceptorService.unregisterInterceptor(recorder);
		}
		// the tasks are watched; the case may be watched but no Subscription does; the document, the
		// child and the audit events never may be
		assertThat(queuedTypes).contains("Task").doesNotContain("EpisodeOfCare", "Bundle", "Patient", "AuditEvent");
	}

	@ParameterizedTest
	@ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "https://169.254.169.254/latest/meta-data/",
			"https://10.0.0.1/", "https://attacker.example/hook"})
	void subscriptionToAnEndpointOutsideTheAllowedListIsRefusedWith422AndNotStored(String endpoint)
			throws IOException, InterruptedException {
		assertRefusedAndNotStored(newSubscription("Task?status=requested", endpoint), "Subscription.channel.endpoint");
	}

	@ParameterizedTest
	@ValueSource(strings = {"websocket", "email", "message", "sms"})
	void subscriptionWithAChannelOtherThanRestHookIsRefusedWith422AndNotStored(String channelType)
			throws IOException, InterruptedException {
		Subscription subscription = newSubscription("Task?status=requested", receiverEndpoint());
		subscription.getChannel().setType(SubscriptionChannelType.fromCode(channelType));

		assertRefusedAndNotStored(subscription, "Subscription.channel.type");
	}

	@ParameterizedTest
	@ValueSource(strings = {"application/fhir+json", "application/fhir+xml"})
	void subscriptionAskingForTheRecordsInItsNotificationsIsRefusedWith422AndNotStored(String payload)
			throws IOException, InterruptedException {
		Subscription subscription = newSubscription("Task?status=requested", receiverEndpoint());
		subscription.getChannel().setPayload(payload);

		assertRefusedAndNotStored(subscription, "Subscription.channel.payload");
	}

	@Test
	void authorizationHeaderIsSentWithEveryNotificationButNeverShown() throws Exception {
		subscriptionId = createSubscription("Task?owner=PractitionerRole/designated-doctor-luton", receiverEndpoint());
		String secret = AUTHORIZATION.substring("Bearer ".length());
		HttpResponse<String> created = get(DemoClient.ADMINISTRATOR, "/fhir/Subscription/" + subscriptionId.getIdPart());
		// an update that sends the masked header back keeps the stored one
		Subscription shown = (Subscription) parse(created.body());
		shown.setReason("Tell the Luton designated doctor's system of its tasks");
		HttpResponse<String> updated = send(DemoClient.ADMINISTRATOR, "PUT", "/Subscription/" + subscriptionId.getIdPart(),
				fhirContext.newJsonParser().encodeResourceToString(shown));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		awaitActive(subscriptionId);

		notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> !deliveries.isEmpty());
		assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.authorization()).isEqualTo(AUTHORIZATION));

		List<String> answers = List.of(created.body(), updated.body(),
				get(DemoClient.ADMINISTRATOR, "/fhir/Subscription?_id=" + subscriptionId.getIdPart()).body(),
				get(DemoClient.ADMINISTRATOR, "/fhir/Subscription/" + subscriptionId.getIdPart() + "/_history").body(),
				get(DemoClient.ADMINISTRATOR, "/fhir/Subscription/" + subscriptionId.getIdPart() + "/_history/1").body(),
				get(DemoClient.ADMINISTRATOR, "/fhir/Subscription/_history?_count=200").body());
		for (String answer : answers) {
			assertThat(answer).doesNotContain(secret).contains("Authorization: ****");
		}
	}

	private void assertRefusedAndNotStored(Subscription subscription, String expression)
			throws IOException, InterruptedException {
		String reason = "refused " + UUID.randomUUID();
		subscription.setReason(reason);

		HttpResponse<String> response = post(DemoClient.ADMINISTRATOR, "/Subscription", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(subscription).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssueFirstRep().getExpression()).extracting(Object::toString).containsExactly(expression);
		Bundle stored = asAdministrator().search().forResource(Subscription.class)
				.where(Subscription.URL.matches().value(subscription.getChannel().getEndpoint()))
				.and(Subscription.CRITERIA.matchesExactly().value(subscription.getCriteria()))
				.returnBundle(Bundle.class).execute();
		assertThat(stored.getEntry()).extracting(entry -> ((Subscription) entry.getResource()).getReason())
				.doesNotContain(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = {"Bundle?type=document", "Patient", "[*]", "[Task,AuditEvent]"})
	void subscriptionWatchingARecordTypeOutsideTheConfiguredOnesIsRefusedWith422AndNotStored(String criteria)
			throws IOException, InterruptedException {
		Subscription subscription = newSubscription(criteria, receiverEndpoint());

		HttpResponse<String> response = post(DemoClient.ADMINISTRATOR, "/Subscription", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(subscription).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssueFirstRep().getExpression())
				.extracting(Object::toString).containsExactly("Subscription.criteria");
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("Appointment, EpisodeOfCare, Task");
		Bundle stored = asAdministrator().search().forResource(Subscription.class)
				.where(Subscription.CRITERIA.matchesExactly().value(criteria))
				.returnBundle(Bundle.class).execute();
		assertThat(stored.getEntry()).isEmpty();
	}

	private IdType createRole() {
		PractitionerRole role = new PractitionerRole();
		role.setActive(true);
		role.addCode().setText("Designated doctor for child deaths");
		return (IdType) asAdministrator().create().resource(role).execute().getId().toUnqualifiedVersionless();
	}

	private IdType createTask(IdType owner) {
		Task task = new Task();
		task.setStatus(TaskStatus.REQUESTED);
		task.setIntent(TaskIntent.ORDER);
		task.setDescription("Review the child death notification");
		task.setOwner(new Reference(owner));
		return (IdType) client.create().resource(task).execute().getId().toUnqualifiedVersionless();
	}

	private Subscription newSubscription(String criteria, String endpoint) {
		Subscription subscription = new Subscription();
		subscription.setStatus(SubscriptionStatus.REQUESTED);
		subscription.setReason("Tell the designated doctor's system of its tasks");
		subscription.setCriteria(criteria);
		subscription.getChannel()
				.setType(SubscriptionChannelType.RESTHOOK)
				.setEndpoint(endpoint)
				.addHeader("Authorization: " + AUTHORIZATION);
		return subscription;
	}

	private IdType createSubscription(String criteria, String endpoint) {
		return (IdType) asAdministrator().create().resource(newSubscription(criteria, endpoint)).execute().getId()
				.toUnqualifiedVersionless();
	}

	/**
	 * HAPI sets a requested Subscription active and then registers it for matching, each a pass of its
	 * submission job apart: a client sees "active" a few seconds before Tasks are matched against it.
	 */
	private void awaitActive(IdType subscription) {
		await().atMost(DELIVERY_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
				asAdministrator().read().resource(Subscription.class).withId(subscription).execute().getStatus()
						== SubscriptionStatus.ACTIVE
						&& subscriptionRegistry.get(subscription.getIdPart()) != null);
	}

	/** Subscriptions and the footprint's roles are configuration: the administrator's. */
	private ca.uhn.fhir.rest.client.api.IGenericClient asAdministrator() {
		return as(DemoClient.ADMINISTRATOR);
	}
}
