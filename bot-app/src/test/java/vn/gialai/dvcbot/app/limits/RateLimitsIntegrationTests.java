package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * Floods from one address or one session get 429 (or, for volunteer tickets, a polite refusal in the chat) while
 * a citizen elsewhere in the same minute is served. The test client plays a proxy on loopback (trusted for
 * forwarded headers), so each test's citizens have addresses of their own.
 */
@DvcBotIntegrationTest
@TestPropertySource(properties = {
        "dvc.limits.rate.web-chat-sessions-per-address=5/1h",
        "dvc.limits.rate.web-chat-messages-per-session=5/5m",
        "dvc.limits.rate.web-chat-messages-per-address=40/5m",
        "dvc.limits.rate.tickets-per-conversation=1/1h",
        "dvc.limits.rate.tickets-per-address=2/1h",
        "dvc.limits.rate.missed-per-conversation=2/1h"})
class RateLimitsIntegrationTests {

    private static final String SESSIONS = "/api/webchat/sessions";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "xuan", Role.EDITOR, null);
    }

    @Test
    void aFloodOfSessionsFromOneAddressIsRefusedWhileANeighbourStartsChatting() {
        String flood = address();
        for (int i = 0; i < 5; i++) {
            assertThat(newSession(flood).status()).isEqualTo(201);
        }

        Http.Response refused = newSession(flood);
        Http.Response neighbour = newSession(address());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isBetween(1L, 720L);
        assertThat(refused.json().get("error").asString()).isEqualTo("rate_limited");
        assertThat(refused.json().get("message").asString()).contains("Bà con vui lòng thử lại sau khoảng");
        assertThat(neighbour.status()).isEqualTo(201);
    }

    @Test
    void aFloodOfMessagesIntoOneSessionIsRefusedWhileAnotherCitizenIsAnswered() {
        String from = address();
        String flooded = sessionId(newSession(from));
        for (int i = 0; i < 5; i++) {
            assertThat(say(flooded, from, "làm căn cước ở đâu").status()).isEqualTo(200);
        }

        Http.Response refused = say(flooded, from, "làm căn cước ở đâu");
        Http.Response other = say(sessionId(newSession(address())), address(), "làm giấy khai sinh cho em bé mới sinh ở đâu");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(refused.json().get("message").asString()).startsWith("Bà con gửi tin nhanh quá");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("replies").get(0).get("entryId").asString()).isEqualTo("birth-registration");
    }

    @Test
    void aConversationThatCancelsAndAsksAgainIsToldToWaitInsteadOfOpeningAnotherTicket() {
        String from = address();
        String session = sessionId(newSession(from));
        say(session, from, "gặp tình nguyện viên");
        say(session, from, "hủy");

        JsonNode again = say(session, from, "gặp tình nguyện viên").json().get("replies");

        assertThat(again).singleElement().satisfies(r -> assertThat(r.get("text").asString())
                .isEqualTo(BotText.TICKETS_REFUSED.defaultText()));
    }

    @Test
    void ticketsFromOneAddressAreLimitedWhileACitizenElsewhereIsQueued() {
        String flood = address();
        for (int i = 0; i < 2; i++) {
            assertThat(text(say(sessionId(newSession(flood)), flood, "gặp tình nguyện viên")))
                    .doesNotContain(BotText.TICKETS_REFUSED.defaultText());
        }

        String third = text(say(sessionId(newSession(flood)), flood, "gặp tình nguyện viên"));
        String elsewhere = address();
        String queued = text(say(sessionId(newSession(elsewhere)), elsewhere, "gặp tình nguyện viên"));

        assertThat(third).contains(BotText.TICKETS_REFUSED.defaultText());
        assertThat(queued).doesNotContain(BotText.TICKETS_REFUSED.defaultText()).contains("vị trí");
    }

    @Test
    void onlyTheFirstMissedQuestionsOfAConversationReachTheEditorsInbox() {
        String from = address();
        String session = sessionId(newSession(from));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> questions = List.of("qwzx " + marker + " một", "vbnm " + marker + " hai", "plok " + marker + " ba");
        questions.forEach(q -> say(session, from, q));
        // The turn after the last miss is handled only once that miss was recorded (or not): one conversation's
        // turns and their effects go strictly in order.
        assertThat(say(session, from, "menu").status()).isEqualTo(200);

        String inbox = http.get("/api/kb/missed", StaffFixtures.basic("xuan")).body();

        assertThat(questions).filteredOn(inbox::contains).hasSize(2);
    }

    private Http.Response newSession(String from) {
        return http.post(SESSIONS, "", Map.of("Content-Type", "application/json", "X-Forwarded-For", from));
    }

    private Http.Response say(String session, String from, String text) {
        return http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", text)),
                Map.of("Content-Type", "application/json", "X-Forwarded-For", from));
    }

    private static String sessionId(Http.Response created) {
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("sessionId").asString();
    }

    private static String text(Http.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("replies").toString();
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** An address from the documentation ranges, new for each use. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (1 + n % 250);
    }
}
