package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code POST /webhooks/zalo} while the Zalo channel is off (no ZALO_* settings, so no webhook bean): there is no
 * key to verify with, so every request is refused alike, on the web layer alone.
 */
@WebMvcTest(ZaloWebhookController.class)
@ContextConfiguration(classes = ZaloWebhookController.class)
class ZaloWebhookOffControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void evenAnEventSignedAsZaloWouldIs401() {
        String body = ZaloFixtures.event("user_send_text");

        assertThat(mvc.post().uri("/webhooks/zalo").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-ZEvent-Signature", ZaloFixtures.signature(body)).exchange())
                .hasStatus(401).bodyJson().extractingPath("$.message").asString().contains("channel is off");
    }
}
