package vn.gialai.dvcbot.channels.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Posts webhook events to a running app as Zalo does: the raw body and its X-ZEvent-Signature header. */
final class ZaloWebhookClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    ZaloWebhookClient(int port) {
        this.port = port;
    }

    /** A fresh citizen id, so tests sharing one Redis never share a conversation. */
    static String newUser() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_000_000_000_000_000L));
    }

    /** The fixture as sent now by {@code user}, with a new message id. */
    static String event(String fixture, String user) {
        return ZaloFixtures.event(fixture).replace(ZaloFixtures.USER, user)
                .replaceFirst("\"msg_id\":\"[^\"]+\"", "\"msg_id\":\"" + UUID.randomUUID().toString().replace("-", "") + "\"");
    }

    HttpResponse<String> postSigned(String body) {
        return post(body, ZaloFixtures.signature(body));
    }

    HttpResponse<String> post(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/zalo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(30));
        if (signature != null) {
            request.header("X-ZEvent-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
