package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * A bounded, seeded fuzzer over the public endpoints (and, signed in as an editor, the staff JSON APIs): random
 * paths, methods, content types, headers and bodies, mixed with well-formed requests. Any 5xx fails the test with
 * the requests that caused it; the seed in the failure message replays the run. Its random saves, restores and
 * publishes of real entries happen in a context (and key prefix) of its own, closed afterwards, so the other tests'
 * shared context still serves the bundled entries as published.
 */
@DvcBotIntegrationTest
@TestPropertySource(properties = "dvc.test.context=fuzz")
@DirtiesContext
class PublicEndpointsFuzzIntegrationTests {

    private static final int REQUESTS = 10_000;
    private static final int STAFF_REQUESTS = 300;
    private static final int IN_FLIGHT = 8;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    private static final List<String> TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "text/plain", "multipart/form-data; boundary=x", "application/xml", "text/csv", "application/zip",
            "application/octet-stream", "application/json; charset=klingon", "*/*", "", "\u0000");

    private static final String VIETNAMESE = "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệ";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();
    private List<String> sessions;

    @BeforeEach
    void setUp() {
        StaffFixtures.ensure(accounts, encoder, "xuan", Role.EDITOR, null);
        Http http = new Http(port);
        sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(http.post("/api/webchat/sessions", "").json().get("sessionId").asString());
        }
    }

    @Test
    void tenThousandRandomRequestsToPublicEndpointsGetNoServerError() throws Exception {
        run(REQUESTS, this::publicRequest);
        run(STAFF_REQUESTS, this::staffRequest);

        assertThat(failures).as("5xx answers (replay with -Dfuzz.seed=" + seed + ")").isEmpty();
        assertThat(answered.get()).isEqualTo(REQUESTS + STAFF_REQUESTS);
    }

    private void run(int count, java.util.function.Supplier<HttpRequest> requests) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request;
            synchronized (random) {
                request = requests.get();
            }
            slots.acquire();
            // A transport error (a kept-alive connection the server closed as the next request went out) is not an
            // answer: the request is sent once more, and only a second failure counts.
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .exceptionallyCompose(first -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                    .handle((response, error) -> {
                slots.release();
                answered.incrementAndGet();
                if (error != null) {
                    failures.add(request.method() + " " + request.uri() + " → " + error);
                } else if (response.statusCode() >= 500) {
                    failures.add(request.method() + " " + request.uri() + " → " + response.statusCode());
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private HttpRequest publicRequest() {
        String session = pick(sessions);
        String path = switch (random.nextInt(12)) {
            case 0, 1 -> "/api/webchat/sessions/" + session + "/messages";
            case 2 -> "/api/webchat/sessions/" + encode(junk()) + "/messages";
            case 3 -> "/api/webchat/sessions/" + session + "/messages?after=" + number();
            case 4 -> "/webhooks/zalo";
            case 5 -> "/webhooks/telegram";
            case 6 -> "/api/communes?q=" + encode(junk());
            case 7 -> "/api/communes/" + encode(junk());
            case 8 -> pick(List.of("/", "/index.html", "/embed.js", "/login", "/error", "/actuator/health",
                    "/actuator/prometheus", "/zalo_verifier" + encode(junk()) + ".html", "/favicon.ico",
                    "/webchat/chat.js", "/staff", "/console", "/editor"));
            case 9 -> "/" + encode(junk()) + "/" + encode(junk());
            case 10 -> "/api/webchat/sessions";
            default -> "/api/" + encode(junk()) + "?" + encode(junk()) + "=" + encode(junk());
        };
        return request(path, randomHeaders());
    }

    private HttpRequest staffRequest() {
        String entry = pick(List.of("id-card", "birth-registration", junk()));
        String path = switch (random.nextInt(10)) {
            case 0 -> "/api/kb/entries/" + encode(entry);
            case 1 -> "/api/kb/entries/" + encode(entry) + "/versions/" + encode(number());
            case 2 -> "/api/kb/entries/" + encode(entry) + "/publish";
            case 3 -> "/api/kb/audit?limit=" + encode(number());
            case 4 -> "/api/kb/match";
            case 5 -> "/api/kb/missed/" + encode(junk()) + "/attach";
            case 6 -> "/api/handoff/tickets?status=" + encode(junk());
            case 7 -> "/api/handoff/tickets/" + encode(junk()) + "/claim";
            case 8 -> "/api/kb/entries/" + encode(entry) + "/versions/" + encode(number()) + "/restore";
            default -> "/api/communes/" + encode(junk());
        };
        Map<String, String> headers = new java.util.HashMap<>(randomHeaders());
        headers.put("Authorization", StaffFixtures.basic("xuan").get("Authorization"));
        return request(path, headers);
    }

    private HttpRequest request(String path, Map<String, String> headers) {
        String method = random.nextInt(3) == 0 ? pick(METHODS) : "POST";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        headers.forEach((k, v) -> {
            if (!v.isEmpty() && v.chars().noneMatch(c -> c < 0x20 || c > 0x7e)) {
                builder.header(k, v);
            }
        });
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("HEAD")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body(), StandardCharsets.UTF_8);
        return builder.method(method, body).build();
    }

    private Map<String, String> randomHeaders() {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("Content-Type", pick(TYPES));
        if (random.nextBoolean()) {
            headers.put("X-ZEvent-Signature", pick(List.of("mac=" + junk(), "", "mac=00")));
        }
        if (random.nextBoolean()) {
            headers.put("X-Telegram-Bot-Api-Secret-Token", junk());
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", pick(List.of("text/html", "application/json", "*/*", "image/png", "x/y")));
        }
        return headers;
    }

    private String body() {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> Http.json(Map.of("text", junk()));
            case 2 -> Http.json(Map.of("choice", junk(), "messageId", junk()));
            case 3 -> "{\"text\":" + number() + ",\"choice\":[1,{}],\"messageId\":null}";
            case 4 -> "{\"version\":\"" + junk() + "\",\"entryId\":" + number() + ",\"text\":null}";
            case 5 -> "{\"event_name\":\"user_send_text\",\"app_id\":\"" + junk() + "\",\"timestamp\":\"" + number()
                    + "\",\"sender\":{\"id\":\"" + junk() + "\"},\"message\":{\"text\":\"" + junk() + "\"}}";
            case 6 -> "{\"update_id\":" + number() + ",\"message\":{\"text\":\"" + junk() + "\"}}";
            case 7 -> junk() + "=" + junk() + "&_csrf=" + junk();
            case 8 -> "{".repeat(random.nextInt(1, 2000));
            default -> junk();
        };
    }

    private String junk() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(0, random.nextInt(10) == 0 ? 3000 : 40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0, 0x20);
                case 1 -> pick(List.of(0x202E, 0x2066, 0xFEFF, 0x200D, 0x1F600, 0xD800, 0x0300, 0x00A0));
                case 2 -> pick(List.of((int) '%', (int) '/', (int) '\\', (int) '.', (int) '"', (int) '{', (int) '}',
                        (int) ';', (int) '?', (int) '#', (int) '&', (int) '='));
                case 3 -> VIETNAMESE.codePointAt(random.nextInt(VIETNAMESE.length()));
                default -> random.nextInt('a', 'z' + 1);
            });
        }
        return text.toString();
    }

    private String number() {
        return pick(List.of("0", "-1", "1", "99999", "2147483648", "-9223372036854775809", "1e9", "x", "",
                "NaN", "0x10", "1.5", Integer.toString(random.nextInt())));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
