package vn.gialai.dvcbot.app.topology;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.DvcBotApplication;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** One app instance started on a Redis topology, and what a citizen and a volunteer do with it over HTTP. */
final class TopologyApp implements AutoCloseable {

    static final String SESSIONS = "/api/webchat/sessions";
    static final String TICKETS = "/api/handoff/tickets";
    static final String EDITOR = "bientap";

    private final ConfigurableApplicationContext context;
    final Http http;

    private TopologyApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static TopologyApp start(String... redisSettings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.data.redis.url=",
                "--dvc.redis.key-prefix=topology:", "--dvc.security.demo-users=false"));
        args.addAll(List.of(redisSettings));
        TopologyApp app = new TopologyApp(new SpringApplicationBuilder(DvcBotApplication.class)
                .run(args.toArray(String[]::new)));
        for (String volunteer : List.of("lan", "minh")) {
            StaffFixtures.ensure(app.context.getBean(StaffAccounts.class), app.context.getBean(PasswordEncoder.class),
                    volunteer, Role.VOLUNTEER, null);
        }
        StaffFixtures.ensure(app.context.getBean(StaffAccounts.class), app.context.getBean(PasswordEncoder.class),
                EDITOR, Role.EDITOR, null);
        return app;
    }

    /**
     * A new web chat session, once the app can store one: right after start, on a loaded machine, the first
     * write may still be refused (503) while the client discovers the topology or a replica confirms.
     */
    String newSession() {
        Http.Response[] last = new Http.Response[1];
        await("a web chat session is created").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = http.post(SESSIONS, "");
                    return last[0].status() / 100 == 2;
                });
        return last[0].json().get("sessionId").asString();
    }

    Http.Response say(String session, String text) {
        return http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", text)));
    }

    JsonNode transcript(String session) {
        return http.get(SESSIONS + "/" + session + "/messages?after=0").json().get("messages");
    }

    /** HTTP Basic headers of the volunteer "lan" or "minh". */
    static Map<String, String> as(String volunteer) {
        return StaffFixtures.basic(volunteer);
    }

    @Override
    public void close() {
        context.close();
    }
}
