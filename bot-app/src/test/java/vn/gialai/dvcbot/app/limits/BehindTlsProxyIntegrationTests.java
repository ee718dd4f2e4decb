package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/**
 * Behind a TLS proxy on an internal address the app knows the request was https: the session cookie is Secure
 * and browsers are told to keep to https (HSTS). Found by probing: neither, unless forwarded headers were set up.
 */
@DvcBotIntegrationTest
class BehindTlsProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aPageServedThroughAnHttpsProxyHasASecureSessionCookieAndHsts() {
        Http.Response login = new Http(port).get("/login", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9"));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().get("strict-transport-security")).singleElement().asString()
                .contains("max-age=");
        assertThat(login.headers().getOrDefault("set-cookie", List.of()))
                .filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().asString().contains("Secure");
    }

    @Test
    void plainHttpWithoutAProxyGetsNoHsts() {
        Http.Response login = new Http(port).get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers()).doesNotContainKey("strict-transport-security");
    }
}
