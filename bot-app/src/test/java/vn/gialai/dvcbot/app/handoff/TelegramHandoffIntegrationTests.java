package vn.gialai.dvcbot.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.channels.testing.TelegramBotApiStandIn;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * The whole app with the Telegram channel on, polling a stubbed Bot API: a citizen's /volunteer makes a ticket
 * that is posted to the volunteers' group, the claim edits that post, and the volunteer's reply from the console
 * reaches the citizen's Telegram chat as the volunteer wrote it (as on Zalo).
 */
@DvcBotIntegrationTest
class TelegramHandoffIntegrationTests {

    private static final WireMockServer TELEGRAM = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String TOKEN = "7012345678:AAFappTestTokenForWireMockOnly_xyz";
    private static final String CITIZEN = "5123456789";
    private static final String VOLUNTEERS = "-1002299887766";
    private static final String TICKETS = "/api/handoff/tickets";
    private static final TelegramBotApiStandIn BOT_API = new TelegramBotApiStandIn(TELEGRAM, TOKEN);

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TELEGRAM.start();
        BOT_API.acceptEverything("dvc_gialai_bot");
        Map.of("dvc.telegram.bot-token", TOKEN, "dvc.telegram.api-base-url", TELEGRAM.baseUrl(),
                "dvc.telegram.bot-username", "dvc_gialai_bot", "dvc.telegram.volunteer-chat-id", VOLUNTEERS,
                "dvc.public-base-url", "https://dvc.gialai.example").forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        TELEGRAM.stop();
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "hoa", Role.VOLUNTEER, null);
    }

    @Test
    void aCitizenOnTelegramReachesAVolunteerWhoIsAlertedInTheGroupAndAnswersBack() {
        BOT_API.pollOnce(fixture("volunteer_command"));

        String id = waitingTicket();
        await().atMost(Duration.ofSeconds(10)).until(() -> !calls("sendMessage", VOLUNTEERS).isEmpty());
        assertThat(calls("sendMessage", VOLUNTEERS).get(0).path("text").asString())
                .contains("Đang chờ người nhận", "https://dvc.gialai.example/console/tickets/" + id);

        assertThat(http.post(TICKETS + "/" + id + "/claim", "", as("hoa")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !calls("editMessageText", VOLUNTEERS).isEmpty());
        assertThat(calls("editMessageText", VOLUNTEERS).get(0).path("text").asString()).contains("hoa", "đã nhận");

        String reply = "Chào bác, cháu là Hoa, tình nguyện viên. Bác cần hỏi thủ tục gì ạ?";
        assertThat(http.post(TICKETS + "/" + id + "/messages", Http.json(Map.of("text", reply)), as("hoa")).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("sendMessage", CITIZEN).stream().anyMatch(m -> m.path("text").asString().equals(reply)));
    }

    private String waitingTicket() {
        String conversationId = TicketViews.conversationId(new ConversationKey("telegram", CITIZEN));
        await().atMost(Duration.ofSeconds(15)).until(() -> ticketOf(conversationId) != null);
        return ticketOf(conversationId);
    }

    private String ticketOf(String conversationId) {
        for (JsonNode ticket : http.get(TICKETS + "?status=waiting", as("hoa")).json()) {
            if (ticket.get("conversationId").asString().equals(conversationId)) {
                return ticket.get("id").asString();
            }
        }
        return null;
    }

    private static List<JsonNode> calls(String name, String chatId) {
        return BOT_API.calls(name, chatId);
    }

    private static String fixture(String name) {
        try (InputStream in = TelegramHandoffIntegrationTests.class.getResourceAsStream("/telegram/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> as(String username) {
        return Http.basic(username, StaffFixtures.password(username));
    }
}
