package org.southsouth.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A webhook endpoint on loopback (JDK HttpServer) that keeps what it received and answers as a test tells it. */
public final class Receiver implements AutoCloseable {

    /** A request as received; header names lower case, as the Standard Webhooks library looks them up. */
    public record Received(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
        }

        /** Checks the signature with the specification's own library; throws when it does not verify. */
        public void verify(String secret) throws WebhookVerificationException, EmptyWebhookSecretException {
            new Webhook(secret).verify(body, headers);
        }
    }

    /** What to answer: a status and headers, after an optional pause. */
    public record Answer(int status, Map<String, String> headers, long delayMillis) {
        public static Answer status(int status) {
            return new Answer(status, Map.of(), 0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answers = request -> Answer.status(204);

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void answer(Function<Received, Answer> answers) {
        this.answers = answers;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        Received request =
                new Received(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(request);
        Answer answer = answers.apply(request);
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        byte[] body = ("answered " + answer.status()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 ? -1 : body.length);
        if (answer.status() != 204) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
