package vn.gialai.dvcbot.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * Contracts §5 and §6 over HTTP: the volunteer API, who may call it, and the citizen's side in the web chat. Its
 * answers to strangers, bad requests and cross-site writes are shown on the web layer alone in
 * HandoffApiControllerTests.
 */
@DvcBotIntegrationTest
class HandoffApiIntegrationTests {

    private static final String TICKETS = "/api/handoff/tickets";
    private static final String SESSIONS = "/api/webchat/sessions";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "lan", Role.VOLUNTEER, "23575");
        StaffFixtures.ensure(accounts, encoder, "minh", Role.VOLUNTEER, null);
        StaffFixtures.ensure(accounts, encoder, "bientap", Role.EDITOR, null);
        StaffFixtures.ensure(accounts, encoder, "quantri", Role.ADMIN, null);
    }

    @Test
    void aVolunteerIsRefusedOnEditorAndAdminEndpoints() {
        Map<String, String> lan = as("lan");

        assertThat(http.get("/api/kb/entries", lan).status()).isEqualTo(403);
        assertThat(http.post("/api/kb/match", "{\"text\":\"khai sinh\"}", lan).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/users", lan).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", lan).status()).isEqualTo(403);
        assertThat(http.get(TICKETS, as("bientap")).status()).isEqualTo(403);
    }

    @Test
    void anAdminMayDoWhatVolunteersDoAndReadMetrics() {
        assertThat(http.get(TICKETS, as("quantri")).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", as("quantri")).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theWholeHandoffFromTheWebChatToTheVolunteerAndBack() {
        String session = newSession();
        JsonNode queued = say(session, "gặp tình nguyện viên");
        assertThat(queued.get(0).get("kind").asString()).isEqualTo("handoff");
        assertThat(queued.get(0).get("text").asString()).contains("vị trí số");

        String id = waitingTicketOf(session);
        JsonNode ticket = http.get(TICKETS + "/" + id, as("lan")).json();
        assertThat(ticket.get("status").asString()).isEqualTo("waiting");
        assertThat(ticket.get("channel").asString()).isEqualTo("webchat");
        assertThat(ticket.get("conversationId").asString()).doesNotContain(session);
        assertThat(ticket.get("transcript").get(0).get("from").asString()).isEqualTo("bot");

        Http.Response claimed = http.post(TICKETS + "/" + id + "/claim", "", as("lan"));
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().get("status").asString()).isEqualTo("assigned");
        assertThat(claimed.json().get("assignee").asString()).isEqualTo("lan");
        assertThat(http.post(TICKETS + "/" + id + "/claim", "", as("minh")).status()).isEqualTo(409);

        assertThat(http.post(TICKETS + "/" + id + "/messages", "{\"text\":\"Chen ngang\"}", as("minh")).status())
                .isEqualTo(403);
        Http.Response sent = http.post(TICKETS + "/" + id + "/messages",
                "{\"text\":\"Chào bác, cháu là Lan, tình nguyện viên phường Pleiku.\"}", as("lan"));
        assertThat(sent.status()).isEqualTo(202);
        JsonNode volunteerMessage = lastMessage(session);
        assertThat(volunteerMessage.get("from").asString()).isEqualTo("volunteer");
        assertThat(volunteerMessage.get("text").asString()).startsWith("Chào bác, cháu là Lan");
        assertThat(volunteerMessage.get("author").asString()).isEqualTo("Bạn lan");

        assertThat(say(session, "khai sinh cho cháu cần gì")).isEmpty();
        assertThat(lastMessage(session).get("from").asString()).isEqualTo("citizen");

        Http.Response closed = http.post(TICKETS + "/" + id + "/close",
                "{\"resolution\":\"answered\",\"note\":\"Đã hướng dẫn khai sinh\"}", as("lan"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("closed");
        JsonNode ratingPrompt = lastMessage(session);
        assertThat(ratingPrompt.get("choices")).hasSize(5);

        JsonNode rated = say(session, "5");
        assertThat(rated.get(0).get("text").asString()).contains("chấm điểm");
        assertThat(http.get(TICKETS + "/" + id, as("lan")).json().get("rating").asInt()).isEqualTo(5);
        JsonNode answer = say(session, "làm giấy khai sinh cho em bé mới sinh ở đâu");
        assertThat(answer.get(0).get("kind").asString()).isEqualTo("answer");
    }

    @Test
    void releasingPutsTheTicketBackAndTheCitizenIsTold() {
        String session = newSession();
        say(session, "gặp tình nguyện viên");
        String id = waitingTicketOf(session);
        http.post(TICKETS + "/" + id + "/claim", "", as("minh"));

        assertThat(http.post(TICKETS + "/" + id + "/release", "", as("lan")).status()).isEqualTo(403);
        Http.Response released = http.post(TICKETS + "/" + id + "/release", "", as("minh"));

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("waiting");
        assertThat(lastMessage(session).get("text").asString()).contains("lại hàng chờ");
    }

    private Map<String, String> as(String username) {
        return Http.basic(username, StaffFixtures.password(username));
    }

    private String newSession() {
        return http.post(SESSIONS, "").json().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        Http.Response response = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", text)));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("replies");
    }

    private JsonNode lastMessage(String session) {
        JsonNode messages = http.get(SESSIONS + "/" + session + "/messages?after=0").json().get("messages");
        return messages.get(messages.size() - 1);
    }

    /** The ticket whose transcript is this session's: found by its first bot message, as a volunteer would. */
    private String waitingTicketOf(String session) {
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(TICKETS + "?status=waiting", as("lan")).json().size() > 0);
        JsonNode waiting = http.get(TICKETS + "?status=waiting", as("lan")).json();
        String conversationId = TicketViews.conversationId(
                new vn.gialai.dvcbot.core.message.ConversationKey("webchat", session));
        for (JsonNode ticket : waiting) {
            if (ticket.get("conversationId").asString().equals(conversationId)) {
                return ticket.get("id").asString();
            }
        }
        throw new AssertionError("No waiting ticket for the session");
    }
}
