package vn.gialai.dvcbot.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.testing.Http;

/**
 * The app on a Redis Cluster (three primaries, three replicas): every Lua script and multi-key command of a
 * conversation, a handoff and the volunteer's side keeps to one hash slot (Redis refuses a script touching
 * keys of another slot, or of another node), and two instances share the work.
 */
class RedisClusterIntegrationTests {

    private static RedisProcesses redis;
    private static TopologyApp first;
    private static TopologyApp second;

    @BeforeAll
    static void startClusterAndTwoInstances() throws Exception {
        redis = new RedisProcesses();
        List<Integer> nodes = redis.cluster();
        String addresses = nodes.subList(0, 3).stream().map(port -> "127.0.0.1:" + port)
                .collect(Collectors.joining(","));
        first = TopologyApp.start("--dvc.redis.cluster.nodes=" + addresses);
        second = TopologyApp.start("--dvc.redis.cluster.nodes=" + addresses);
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        redis.close();
    }

    @Test
    void aConversationGoesOnFromOneInstanceToTheOther() {
        String session = first.newSession();
        Http.Response asked = first.say(session, "làm giấy khai sinh cho con");
        assertThat(asked.status()).isEqualTo(200);

        Http.Response picked = second.say(session, "1");

        assertThat(picked.status()).isEqualTo(200);
        assertThat(picked.json().get("replies").get(0).get("text").asString()).startsWith("Đăng ký khai sinh – Các bước");
        assertThat(first.transcript(session)).hasSize(5);
    }

    @Test
    void aHandoffIsQueuedClaimedOnceAnsweredAndClosedAcrossInstances() {
        String session = first.newSession();
        JsonNode queued = first.say(session, "gặp tình nguyện viên").json().get("replies");
        assertThat(queued.get(0).get("kind").asString()).isEqualTo("handoff");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                second.http.get(TopologyApp.TICKETS + "?status=waiting", TopologyApp.as("lan")).json().size() > 0);
        String ticket = second.http.get(TopologyApp.TICKETS + "?status=waiting", TopologyApp.as("lan")).json()
                .get(0).get("id").asString();

        Http.Response claimed = second.http.post(TopologyApp.TICKETS + "/" + ticket + "/claim", "", TopologyApp.as("lan"));
        Http.Response claimedByAnother = first.http.post(TopologyApp.TICKETS + "/" + ticket + "/claim", "",
                TopologyApp.as("minh"));
        Http.Response sent = first.http.post(TopologyApp.TICKETS + "/" + ticket + "/messages",
                "{\"text\":\"Chào bác, cháu là Lan, tình nguyện viên.\"}", TopologyApp.as("lan"));
        Http.Response closed = second.http.post(TopologyApp.TICKETS + "/" + ticket + "/close",
                "{\"resolution\":\"answered\"}", TopologyApp.as("lan"));

        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimedByAnother.status()).as("a claim is granted once").isEqualTo(409);
        assertThat(sent.status()).isEqualTo(202);
        assertThat(closed.json().get("status").asString()).isEqualTo("closed");
        assertThat(first.transcript(session)).anySatisfy(message ->
                assertThat(message.get("text").asString()).startsWith("Chào bác, cháu là Lan"));
    }
}
