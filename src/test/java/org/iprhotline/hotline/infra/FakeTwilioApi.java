package org.iprhotline.hotline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local stand-in for Twilio's REST API (the real one is out of reach here): it takes the SDK's
 * "create message" calls, answers as Twilio does, and remembers them for the tests. Two ranges of
 * numbers behave as Twilio does when things go wrong: {@value #REFUSED} numbers are refused with
 * 400 and error 21211 (an invalid "To" number); {@value #FLAKY} numbers get a 503 for their first
 * two requests, then are sent; for {@value #HANGING} numbers the first request gets no answer for
 * 30 s and is then dropped unsent (a send the sender dies in the middle of), later ones are sent.
 */
public class FakeTwilioApi implements QuarkusTestResourceLifecycleManager {

    /** What the service asked Twilio to send. */
    public record SentMessage(String to, String from, String body) {
    }

    public static final List<SentMessage> SENT = new CopyOnWriteArrayList<>();
    /** Every request, answered or refused, by the number it was for. */
    public static final List<String> REQUESTED_FOR = new CopyOnWriteArrayList<>();
    public static final String REFUSED = "+8613900000";
    public static final String FLAKY = "+8613911111";
    public static final String HANGING = "+8613922222";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/2010-04-01/Accounts/", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = new HashMap<>();
            for (String pair : form.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2) {
                    fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                            URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
            String to = String.valueOf(fields.get("To"));
            REQUESTED_FOR.add(to);
            if (to.startsWith(REFUSED)) {
                answer(exchange, 400, "{\"code\":21211,\"message\":\"The 'To' number " + to
                        + " is not a valid phone number.\",\"more_info\":\"https://www.twilio.com/docs/errors/21211\","
                        + "\"status\":400}");
                return;
            }
            if (to.startsWith(HANGING) && REQUESTED_FOR.stream().filter(to::equals).count() == 1) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            if (to.startsWith(FLAKY) && REQUESTED_FOR.stream().filter(to::equals).count() <= 2) {
                answer(exchange, 503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}");
                return;
            }
            SENT.add(new SentMessage(fields.get("To"), fields.get("From"), fields.get("Body")));
            byte[] answer = ("{\"sid\":\"SM" + "0".repeat(32) + "\",\"status\":\"queued\",\"to\":\""
                    + fields.get("To") + "\",\"from\":\"" + fields.get("From") + "\",\"body\":\"ok\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return Map.of("twilio.api-base-url", "http://localhost:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
