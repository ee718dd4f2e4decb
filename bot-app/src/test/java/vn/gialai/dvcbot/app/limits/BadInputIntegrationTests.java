package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.testing.RawHttp;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** Bad input found by probing was answered 500 with an ERROR log; each is the caller's mistake, so a 4xx. */
@DvcBotIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void editor() {
        StaffFixtures.ensure(accounts, encoder, "xuan", Role.EDITOR, null);
    }

    @Test
    void theErrorRouteAskedForDirectlyIsNotFound() {
        Http http = new Http(port);

        assertThat(http.get("/error").status()).isEqualTo(404);
        assertThat(http.post("/error", "{}").status()).isEqualTo(404);
        assertThat(http.get("/error/anything").status()).isEqualTo(404);
    }

    @Test
    void aDiffWithAVersionThatDoesNotExistIsANotFoundPage(CapturedOutput output) {
        Http editor = StaffFixtures.signedIn(port, "xuan");

        Http.Response diff = editor.get("/editor/entries/id-card/diff?from=1&to=99999");

        assertThat(diff.status()).isEqualTo(404);
        assertThat(diff.body()).contains("không có phiên bản 99999");
        assertThat(output.getOut()).doesNotContain("ERROR");
    }

    @Test
    void aDiffWithAVersionThatIsNotANumberIsABadRequest() {
        assertThat(StaffFixtures.signedIn(port, "xuan").get("/editor/entries/id-card/diff?from=1&to=x").status())
                .isEqualTo(400);
    }

    @Test
    void anImportAppliedWithABrokenFileIsABadRequestPage() {
        Http editor = StaffFixtures.signedIn(port, "xuan");
        String token = Http.csrfToken(editor.get("/editor/transfer").body());

        Http.Response applied = editor.postForm("/editor/transfer/apply", Map.of("_csrf", token, "kind", "examples",
                "content", "not base64!", "name", "x.csv"));

        assertThat(applied.status()).isEqualTo(400);
        assertThat(applied.body()).contains("Tệp gửi kèm bị hỏng");
    }

    @Test
    void publishingAVersionThatIsNotANumberIsABadRequestInJson() {
        Http.Response response = new Http(port).post("/api/kb/entries/id-card/publish", "{\"version\":\"x\"}",
                StaffFixtures.basic("xuan"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("bad_request");
        assertThat(response.json().get("message").asString()).contains("phiên bản");
    }

    @Test
    void publishingAVersionThatDoesNotExistIsNotFound() {
        Http.Response response = new Http(port).post("/api/kb/entries/id-card/publish", "{\"version\":99999}",
                StaffFixtures.basic("xuan"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aWebhookPostedAsAFormIsRefusedWithoutAStackTrace(CapturedOutput output) {
        Http.Response response = new Http(port).post("/webhooks/zalo", "event_name=x&app_id=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isBetween(400, 499);
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    /** Found by the fuzz test: each was a 500 with a stack trace. */
    @Test
    void unreadableContentTypesParametersAndAcceptHeadersAreClientErrors(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        String unknownSession = "/api/webchat/sessions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/messages";

        Http.Response wildcard = http.post(unknownSession, "{}", Map.of("Content-Type", "*/*"));
        Http.Response charset = http.post(unknownSession, "{}", Map.of("Content-Type", "application/json; charset=klingon"));
        RawHttp.Answer badQuery = RawHttp.get(port, "/api/communes?q=%ZZ");
        Http.Response badForm = http.post("/login", "username=%E2%8&password=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        Http.Response image = http.post(unknownSession, "{\"text\":\"chào\"}",
                Map.of("Content-Type", "application/json", "Accept", "image/png"));
        Http.Response formPut = http.put("/api/teams/23575", "a=%ZZ",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(wildcard.status()).isEqualTo(415);
        assertThat(charset.status()).isEqualTo(415);
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(image.status()).isEqualTo(404);
        assertThat(formPut.status()).isBetween(400, 499);
        assertThat(output.getOut()).doesNotContain("\tat ");
    }
}
