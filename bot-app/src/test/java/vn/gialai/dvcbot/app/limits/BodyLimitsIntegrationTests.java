package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gialai.dvcbot.core.testing.RawHttp;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/**
 * Bodies above an endpoint's limit are refused before they are read. Found by probing: a 400 MB body with a
 * bogus signature made the Zalo webhook throw OutOfMemoryError; 150 MB grew the heap from 200 to 478 MB.
 */
@DvcBotIntegrationTest
class BodyLimitsIntegrationTests {

    private static final long FOUR_HUNDRED_MB = 400L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aFourHundredMegabyteWebhookBodyIs413WithoutTheHeapMoving() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();

        RawHttp.Answer answer = RawHttp.post(port, "/webhooks/zalo", Map.of("Content-Type", "application/json",
                "X-ZEvent-Signature", "mac=bogus"), FOUR_HUNDRED_MB, FOUR_HUNDRED_MB);

        long grown = memory.getHeapMemoryUsage().getUsed() - before;
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.head()).containsIgnoringCase("connection: close");
        assertThat(answer.bytesSent()).as("the server hung up long before the body was sent")
                .isLessThan(FOUR_HUNDRED_MB / 4);
        assertThat(grown).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void everyLimitedEndpointRefusesADeclaredLengthAboveItsLimit() throws Exception {
        Map<String, Long> aboveLimit = Map.of(
                "/webhooks/zalo", 256L * 1024 + 1,
                "/webhooks/telegram", 1024L * 1024 + 1,
                "/api/webchat/sessions", 16L * 1024 + 1,
                "/api/kb/import", 10L * 1024 * 1024 + 1,
                "/api/kb/import/examples", 10L * 1024 * 1024 + 1,
                "/login", 1024L * 1024 + 1);

        for (Map.Entry<String, Long> endpoint : aboveLimit.entrySet()) {
            RawHttp.Answer answer = RawHttp.post(port, endpoint.getKey(), Map.of("Content-Type", "application/json"),
                    endpoint.getValue(), 0);
            assertThat(answer.status()).as(endpoint.getKey()).isEqualTo(413);
        }
    }

    /** Without a declared length (the client sends it chunked) the body is counted as it is read. */
    @Test
    void aChunkedBodyIsCountedAndRefusedOnceItPassesTheLimit() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/webchat/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024])))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too_large").contains("tối đa 16 KB");
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheController() throws Exception {
        String session = new Http(port).post("/api/webchat/sessions", "").json().get("sessionId").asString();
        byte[] json = Http.json(Map.of("text", "làm căn cước ở đâu")).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/webchat/sessions/" + session + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(json)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id-card");
    }
}
