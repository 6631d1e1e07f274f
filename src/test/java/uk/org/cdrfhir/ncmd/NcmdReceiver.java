package uk.org.cdrfhir.ncmd;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for NCMD on a random local port: it fails (503), hangs (answers nothing until long
 * after the sender's read timeout) or acknowledges (202), as the test tells it, and remembers every
 * request with what it answered.
 */
final class NcmdReceiver implements AutoCloseable {

	enum Mode {
		FAIL, HANG, ACKNOWLEDGE
	}

	/** One request: its idempotency key, Authorization header, body, and whether it was acknowledged. */
	record Received(String messageId, String authorization, String contentType, String body, boolean acknowledged) {
	}

	private final HttpServer server;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private volatile Mode mode = Mode.FAIL;

	NcmdReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/ncmd", this::handle);
		server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/ncmd";
	}

	void mode(Mode mode) {
		this.mode = mode;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	List<Received> receivedFor(String messageId) {
		return received.stream().filter(request -> messageId.equals(request.messageId())).toList();
	}

	long acknowledged(String messageId) {
		return receivedFor(messageId).stream().filter(Received::acknowledged).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Mode now = mode;
		received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Content-Type"), body, now == Mode.ACKNOWLEDGE));
		switch (now) {
			case ACKNOWLEDGE -> exchange.sendResponseHeaders(202, -1);
			case FAIL -> exchange.sendResponseHeaders(503, -1);
			case HANG -> {
				try {
					TimeUnit.SECONDS.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				exchange.sendResponseHeaders(504, -1);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
