package vn.gialai.dvcbot.channels.zalo;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

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

    /**
     * Sends "menu" from the user after everything else and waits for its answer, then returns what the user was
     * sent before it. One conversation is handled and delivered in order, so by then every earlier message of
     * the user has been answered or dropped: nothing more will come.
     */
    List<JsonNode> sentBeforeMarker(WireMockServer zalo, String user) {
        postSigned(event("user_send_text", user).replace("làm giấy khai sinh cho con ở đâu", "menu"));
        List<JsonNode> toUser = await("the answer to the marker").atMost(Duration.ofSeconds(15))
                .until(() -> ZaloFixtures.sent(zalo).stream()
                        .filter(m -> m.path("recipient").path("user_id").asString().equals(user)).toList(),
                        sent -> !sent.isEmpty() && ZaloFixtures.isMarkerAnswer(sent.get(sent.size() - 1)));
        return toUser.subList(0, toUser.size() - 1);
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
