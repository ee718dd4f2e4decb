package vn.gialai.dvcbot.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * A scripted morning of four web chat conversations (an answer with 👍, a miss then a volunteer, a second volunteer,
 * a citizen who gives up waiting) on a hand-moved clock; the statistics API must show exactly what happened, to
 * whom it may, and the metrics must be on /actuator/prometheus.
 */
@DvcBotIntegrationTest
@Import(StatsTestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatsIntegrationTests {

    private static final String SESSIONS = "/api/webchat/sessions";
    private static final String TICKETS = "/api/handoff/tickets";
    private static final String TUY_PHUOC_BAC = "21964";
    private static final String DAY = "?from=2026-03-14&to=2026-03-14";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SettableClock clock;
    private Http http;

    @BeforeAll
    void playTheMorning() {
        clock.set(StatsTestClock.MORNING);
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "tk-quantri", Role.ADMIN, null);
        StaffFixtures.ensure(accounts, encoder, "tk-bientap", Role.EDITOR, null);
        StaffFixtures.ensure(accounts, encoder, "tk-tnv", Role.VOLUNTEER, TUY_PHUOC_BAC);
        StaffFixtures.ensure(accounts, encoder, "tk-doitruong", Role.TEAM_LEADER, TUY_PHUOC_BAC);
        StaffFixtures.ensure(accounts, encoder, "tk-doitruong-khac", Role.TEAM_LEADER, "23575");

        String answered = newSession();
        assertThat(say(answered, "làm giấy khai sinh cho em bé mới sinh ở đâu").get(0).get("kind").asString()).isEqualTo("answer");
        choose(answered, "helpful:yes:birth-registration");

        String missedThenHelped = newSession();
        assertThat(say(missedThenHelped, "What is the weather in Paris?").get(0).get("kind").asString())
                .isEqualTo("fallback");
        helpedByAVolunteer(missedThenHelped, Duration.ofSeconds(45), Duration.ofMinutes(5), "5");

        String helped = newSession();
        helpedByAVolunteer(helped, Duration.ofSeconds(20), Duration.ofMinutes(2), "3");

        String gaveUp = newSession();
        assertThat(say(gaveUp, "gặp tình nguyện viên").get(0).get("kind").asString()).isEqualTo("handoff");
        say(gaveUp, "hủy");
    }

    @Test
    @Order(1)
    void theFiguresOfTheMorningAreExactlyWhatHappened() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(totals(stats(DAY, "tk-quantri")).get("ticketsAbandoned").asLong()).isEqualTo(1));
        JsonNode stats = stats(DAY, "tk-quantri");
        JsonNode totals = totals(stats);

        assertThat(stats.get("from").asString()).isEqualTo("2026-03-14");
        assertThat(totals.get("conversations").asLong()).isEqualTo(4);
        assertThat(totals.get("messages").asLong()).isEqualTo(2 + 3 + 2 + 2);
        assertThat(totals.get("answers").asLong()).isEqualTo(1);
        assertThat(totals.get("fallbacks").asLong()).isEqualTo(1);
        assertThat(totals.get("helpfulYes").asLong()).isEqualTo(1);
        assertThat(totals.get("helpfulNo").asLong()).isZero();
        assertThat(totals.get("handoffs").asLong()).isEqualTo(3);
        assertThat(totals.get("ticketsClaimed").asLong()).isEqualTo(2);
        assertThat(totals.get("ticketsClosed").asLong()).isEqualTo(2);
        assertThat(totals.get("waitMedianSeconds").asLong()).isEqualTo(20);
        assertThat(totals.get("waitP90Seconds").asLong()).isEqualTo(45);
        assertThat(totals.get("handlingMedianSeconds").asLong()).isEqualTo(120);
        assertThat(totals.get("handlingP90Seconds").asLong()).isEqualTo(300);
        assertThat(totals.get("ratings").asLong()).isEqualTo(2);
        assertThat(totals.get("ratingAverage").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(totals.get("answeredByBotAlone").asLong()).isEqualTo(1);
        assertThat(totals.get("containment").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(totals.get("handedShare").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(stats.get("daily")).hasSize(1);
        assertThat(stats.get("daily").get(0).get("date").asString()).isEqualTo("2026-03-14");
        assertThat(stats.get("daily").get(0).get("handoffs").asLong()).isEqualTo(3);
        assertThat(stats.get("topEntries").get(0).get("id").asString()).isEqualTo("birth-registration");
        JsonNode commune = stats.get("communes").get(0);
        assertThat(commune.get("code").asString()).isEqualTo(TUY_PHUOC_BAC);
        assertThat(commune.get("handoffs").asLong()).isEqualTo(2);
        assertThat(commune.get("volunteersActive").asLong()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aChannelFilterKeepsOnlyThatChannel() {
        assertThat(totals(stats(DAY + "&channel=web", "tk-quantri")).get("handoffs").asLong()).isEqualTo(3);
        assertThat(totals(stats(DAY + "&channel=zalo", "tk-quantri")).get("handoffs").asLong()).isZero();
        assertThat(totals(stats(DAY + "&channel=zalo", "tk-quantri")).get("conversations").asLong()).isZero();
    }

    @Test
    @Order(3)
    void anEditorReadsEverythingATeamLeaderOnlyTheirCommuneAndAVolunteerNothing() {
        assertThat(totals(stats(DAY, "tk-bientap")).get("handoffs").asLong()).isEqualTo(3);

        JsonNode own = stats(DAY, "tk-doitruong");
        assertThat(own.get("commune").asString()).isEqualTo(TUY_PHUOC_BAC);
        assertThat(totals(own).get("handoffs").asLong()).isEqualTo(2);
        assertThat(totals(own).get("ticketsAbandoned").asLong()).isZero();
        assertThat(totals(own).get("conversations").isNull()).isTrue();
        assertThat(own.get("communes")).hasSize(1);
        assertThat(totals(stats(DAY, "tk-doitruong-khac")).get("handoffs").asLong()).isZero();

        assertThat(http.get("/api/admin/stats" + DAY + "&commune=23575", StaffFixtures.basic("tk-doitruong")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/stats" + DAY, StaffFixtures.basic("tk-tnv")).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/stats.csv" + DAY, StaffFixtures.basic("tk-tnv")).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/stats" + DAY).status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void wrongDatesAndChannelsAreExplained() {
        Http.Response reversed = http.get("/api/admin/stats?from=2026-03-15&to=2026-03-14",
                StaffFixtures.basic("tk-quantri"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("message").asString()).contains("Ngày bắt đầu");
        assertThat(http.get("/api/admin/stats?channel=fax", StaffFixtures.basic("tk-quantri")).status()).isEqualTo(400);
        assertThat(http.get("/api/admin/stats?from=2020-01-01&to=2026-03-14", StaffFixtures.basic("tk-quantri"))
                .status()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void theCsvHasADayLineAndATotalLineWithTheSameFigures() {
        Http.Response csv = http.get("/api/admin/stats.csv" + DAY, StaffFixtures.basic("tk-quantri"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type").get(0)).startsWith("text/csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("date,conversations,messages,answers,");
        assertThat(lines[1]).startsWith("2026-03-14,4,9,1,");
        assertThat(lines[2]).startsWith("total,4,9,1,");
    }

    @Test
    @Order(6)
    void theMetricsAreOnPrometheusWithChannelTagsOnly() {
        String metrics = http.get("/actuator/prometheus", StaffFixtures.basic("tk-quantri")).body();

        assertThat(metrics).contains("dvc_turns_total{channel=\"webchat\",outcome=\"answer\"}")
                .contains("dvc_handoff_tickets_total{channel=\"webchat\",event=\"abandoned\"}")
                .contains("dvc_handoff_wait_seconds_bucket{channel=\"webchat\"")
                .contains("dvc_handoff_ratings_total{channel=\"webchat\",stars=\"5\"}")
                .doesNotContain(TUY_PHUOC_BAC);
    }

    @Test
    @Order(7)
    void theConversationsExportIsAnonymised() {
        clock.set(java.time.Instant.parse("2026-03-15T03:00:00Z"));
        String session = newSession();
        say(session, "Tôi tên là Phạm Minh Khoa, số điện thoại 0912 345 678, căn cước 052090001234, "
                + "làm khai sinh cho cháu Nguyễn Văn An thì cần gì");
        say(session, "gặp tình nguyện viên, tôi ở xã Tuy Phước Bắc");
        String id = http.get(TICKETS + "?status=waiting", StaffFixtures.basic("tk-tnv")).json().get(0).get("id")
                .asString();
        http.post(TICKETS + "/" + id + "/claim", "", StaffFixtures.basic("tk-tnv"));
        String range = "?from=2026-03-15&to=2026-03-15";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/admin/conversations.csv"
                + range, StaffFixtures.basic("tk-quantri")).body()).contains("Tình nguyện viên"));

        Http.Response csv = http.get("/api/admin/conversations.csv" + range, StaffFixtures.basic("tk-quantri"));
        assertThat(csv.status()).isEqualTo(200);
        String body = csv.body();
        assertThat(body).contains(ConversationExport.HEADER)
                .contains("1,2026-03-15,10:00:00,web,citizen,info,,\"Tôi tên là [tên], số điện thoại [số điện thoại], "
                        + "căn cước [số giấy tờ], làm khai sinh cho cháu [tên] thì cần gì\"")
                .contains("Tình nguyện viên [tên] đã nhận")
                .doesNotContain("Phạm Minh Khoa").doesNotContain("Nguyễn Văn An").doesNotContain("0912 345 678")
                .doesNotContain("052090001234").doesNotContain(session).doesNotContain("tk-tnv");
        assertThat(body).doesNotContain("\r\n2,");

        assertThat(http.get("/api/admin/conversations.csv" + range, StaffFixtures.basic("tk-bientap")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/conversations.csv" + range, StaffFixtures.basic("tk-doitruong")).status())
                .isEqualTo(403);
        http.post(TICKETS + "/" + id + "/close", "{\"resolution\":\"answered\"}", StaffFixtures.basic("tk-tnv"));
    }

    /** Asks for a volunteer naming the commune, is claimed after {@code wait}, helped for {@code handling}, rates. */
    private void helpedByAVolunteer(String session, Duration wait, Duration handling, String stars) {
        assertThat(say(session, "gặp tình nguyện viên, tôi ở xã Tuy Phước Bắc").get(0).get("kind").asString())
                .isEqualTo("handoff");
        JsonNode waiting = http.get(TICKETS + "?status=waiting", StaffFixtures.basic("tk-tnv")).json();
        assertThat(waiting).hasSize(1);
        String id = waiting.get(0).get("id").asString();
        clock.advance(wait);
        assertThat(http.post(TICKETS + "/" + id + "/claim", "", StaffFixtures.basic("tk-tnv")).status()).isEqualTo(200);
        clock.advance(handling);
        assertThat(http.post(TICKETS + "/" + id + "/close", "{\"resolution\":\"answered\"}",
                StaffFixtures.basic("tk-tnv")).status()).isEqualTo(200);
        say(session, stars);
    }

    private JsonNode stats(String query, String user) {
        Http.Response response = http.get("/api/admin/stats" + query, StaffFixtures.basic(user));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode totals(JsonNode stats) {
        return stats.get("totals");
    }

    private String newSession() {
        return http.post(SESSIONS, "").json().get("sessionId").asString();
    }

    private JsonNode say(String session, String text) {
        return send(session, Map.of("text", text));
    }

    private JsonNode choose(String session, String choice) {
        return send(session, Map.of("choice", choice));
    }

    private JsonNode send(String session, Map<String, String> body) {
        Http.Response response = http.post(SESSIONS + "/" + session + "/messages", Http.json(body));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("replies");
    }
}
