package vn.gialai.dvcbot.app.topology;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * Two instances on a Redis Cluster with the Telegram channel polling: a knowledge-base publish on one reaches
 * the other by pub/sub alone (the periodic check is off), only the holder of the poller lease polls, an update is
 * answered once, and when the polling instance stops the other takes the lease and polls. Each instance talks to
 * its own Bot API stand-in, so the stand-ins tell which instance polled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisClusterChannelsIntegrationTests {

    private static final String TOKEN = "7012345678:AAFappTestTokenForWireMockOnly_xyz";
    private static final String CHAT = "5123456790";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer TELEGRAM_1 = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final WireMockServer TELEGRAM_2 = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    private static RedisProcesses redis;
    private static TopologyApp first;
    private static TopologyApp second;

    @BeforeAll
    static void startClusterAndTwoPollingInstances() throws Exception {
        redis = new RedisProcesses();
        String nodes = redis.cluster().subList(0, 3).stream().map(port -> "127.0.0.1:" + port)
                .collect(Collectors.joining(","));
        for (WireMockServer telegram : List.of(TELEGRAM_1, TELEGRAM_2)) {
            telegram.start();
            stubBotApi(telegram);
        }
        first = TopologyApp.start(settings(nodes, TELEGRAM_1));
        second = TopologyApp.start(settings(nodes, TELEGRAM_2));
    }

    @AfterAll
    static void stop() throws Exception {
        for (TopologyApp app : Stream.of(second, first).filter(java.util.Objects::nonNull).toList()) {
            app.close();
        }
        TELEGRAM_1.stop();
        TELEGRAM_2.stop();
        redis.close();
    }

    @Test
    @Order(1)
    void aPublishOnOneInstanceReachesTheOtherByPubSub() {
        Map<String, String> editor = StaffFixtures.basic(TopologyApp.EDITOR);
        ObjectNode entry = (ObjectNode) first.http.get("/api/kb/entries/certified-copy", editor).json();
        entry.put("baseVersion", entry.get("version").asInt());
        entry.put("summary", "Chứng thực bản sao: câu trả lời mới, xuất bản trên cụm Redis.");
        assertThat(first.http.put("/api/kb/entries/certified-copy", entry.toString(), editor).status() / 100)
                .isEqualTo(2);

        assertThat(first.http.post("/api/kb/entries/certified-copy/publish", "", editor).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            String session = second.newSession();
            assertThat(second.say(session, "chứng thực bản sao giấy tờ").json().get("replies").get(0)
                    .get("text").asString()).contains("xuất bản trên cụm Redis");
        });
    }

    @Test
    @Order(2)
    void oneInstancePollsAnUpdateIsAnsweredOnceAndTheOtherTakesOverWhenItStops() {
        WireMockServer polled = await().atMost(Duration.ofSeconds(20))
                .until(RedisClusterChannelsIntegrationTests::polling, java.util.Objects::nonNull);
        WireMockServer standby = polled == TELEGRAM_1 ? TELEGRAM_2 : TELEGRAM_1;
        int standbyPolls = calls(standby, "getUpdates").size();
        serve(polled, update(734102901));

        await().atMost(Duration.ofSeconds(15)).until(() -> answers().size() == 1);
        assertThat(calls(standby, "getUpdates")).as("the standby instance does not poll").hasSize(standbyPolls);

        (polled == TELEGRAM_1 ? first : second).close();
        await("the other instance takes the poller lease").atMost(Duration.ofSeconds(20))
                .until(() -> calls(standby, "getUpdates").size() > standbyPolls);
        serve(standby, update(734102902));

        await().atMost(Duration.ofSeconds(15)).until(() -> answers().size() >= 2);
        assertThat(answers()).as("each update answered once, across both instances").hasSize(2);
    }

    private static String[] settings(String nodes, WireMockServer telegram) {
        return new String[] {"--dvc.redis.cluster.nodes=" + nodes, "--dvc.kb.sync-check=1h",
            "--telegram.bot-token=" + TOKEN, "--telegram.api-base-url=" + telegram.baseUrl(),
            "--telegram.bot-username=dvc_gialai_bot", "--telegram.poll-timeout=1s",
            "--telegram.watchdog-interval=200ms", "--telegram.poller-lease=3s"};
    }

    /** The stand-in of the instance that polls now: the one that got getUpdates in the last second. */
    private static WireMockServer polling() throws InterruptedException {
        int before1 = calls(TELEGRAM_1, "getUpdates").size();
        int before2 = calls(TELEGRAM_2, "getUpdates").size();
        Thread.sleep(1000);
        boolean one = calls(TELEGRAM_1, "getUpdates").size() > before1;
        boolean two = calls(TELEGRAM_2, "getUpdates").size() > before2;
        assertThat(one && two).as("both instances poll at once").isFalse();
        return one ? TELEGRAM_1 : two ? TELEGRAM_2 : null;
    }

    private static void stubBotApi(WireMockServer telegram) {
        telegram.stubFor(post(urlMatching(method("getMe"))).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":7012345678,\"is_bot\":true,\"first_name\":\"DVC\",\"username\":\"dvc_gialai_bot\"}}")));
        telegram.stubFor(post(urlMatching(method("deleteWebhook"))).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        telegram.stubFor(post(urlMatching(method("sendMessage"))).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":4242,\"date\":1764386101,\"chat\":{\"id\":" + CHAT
                        + ",\"type\":\"private\"},\"text\":\"ok\"}}")));
        telegram.stubFor(post(urlMatching(method("getUpdates")))
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    private static void serve(WireMockServer telegram, String update) {
        String state = "served-" + update.hashCode();
        telegram.stubFor(post(urlMatching(method("getUpdates"))).inScenario(state)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"ok\":true,\"result\":[" + update + "]}"))
                .willSetStateTo(state));
        telegram.stubFor(post(urlMatching(method("getUpdates"))).inScenario(state).whenScenarioStateIs(state)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    /** The fixture with its own update and message ids, so the engine takes it as a new message. */
    private static String update(int updateId) {
        try (InputStream in = RedisClusterChannelsIntegrationTests.class
                .getResourceAsStream("/telegram/address_question.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()
                    .replace("734102900", Integer.toString(updateId))
                    .replace("\"message_id\": 120", "\"message_id\": " + (updateId - 734102780));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answers that reached the citizen's chat, through either instance's outbox. */
    private static List<JsonNode> answers() {
        return Stream.of(TELEGRAM_1, TELEGRAM_2).flatMap(telegram -> calls(telegram, "sendMessage").stream())
                .filter(body -> CHAT.equals(body.path("chat_id").asString())
                        && body.path("text").asString().startsWith("Thị trấn Diêu Trì")).toList();
    }

    private static List<JsonNode> calls(WireMockServer telegram, String name) {
        return telegram.findAll(postRequestedFor(urlMatching(method(name)))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString())).toList();
    }

    private static String method(String name) {
        return "(?i)/bot" + Pattern.quote(TOKEN) + "/" + name;
    }
}
