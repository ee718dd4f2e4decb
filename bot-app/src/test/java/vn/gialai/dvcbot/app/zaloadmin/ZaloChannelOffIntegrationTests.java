package vn.gialai.dvcbot.app.zaloadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** Without the ZALO_* settings the app starts with the Zalo channel off, and says so where it matters. */
@DvcBotIntegrationTest
class ZaloChannelOffIntegrationTests {

    private static final String ADMIN = "zalo-admin";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext context;
    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theAppRunsWithoutAZaloChannelAndItsHealthIsUp() {
        assertThat(context.getBeansOfType(OutboundChannel.class).values())
                .noneMatch(channel -> channel.channel().equals("zalo"));
        Http.Response health = http.get("/actuator/health");
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").has("zalo")).isFalse();
    }

    @Test
    void theWebhookRefusesEverythingAsUnverifiable() {
        Http.Response response = http.post("/webhooks/zalo", "{\"event_name\":\"user_send_text\",\"timestamp\":\"1\"}",
                Map.of("Content-Type", "application/json", "X-ZEvent-Signature", "mac=00"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("message").asString()).contains("channel is off");
    }

    @Test
    void theAdminPageAndApiSayTheChannelIsOff() {
        assertThat(admin().get("/admin/zalo").body()).contains("Kênh Zalo đang tắt").contains("ZALO_REFRESH_TOKEN");
        Http.Response api = http.post("/api/admin/zalo/refresh-token", Http.json(Map.of("refreshToken", "x".repeat(30))),
                StaffFixtures.basic(ADMIN));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().path("error").asString()).isEqualTo("channel_off");
    }

    /** The page is for admins (the app's security); a signed-in admin session. */
    private Http admin() {
        StaffFixtures.ensure(accounts, encoder, ADMIN, Role.ADMIN, null);
        return StaffFixtures.signedIn(port, ADMIN);
    }
}
