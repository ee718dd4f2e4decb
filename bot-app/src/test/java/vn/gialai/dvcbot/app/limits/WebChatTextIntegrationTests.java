package vn.gialai.dvcbot.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/**
 * What citizens type is kept and shown without invisible control characters or text-reversing bidi overrides;
 * the length limit counts characters as people see them. Found by probing: NUL and U+202E were stored and shown
 * to volunteers as typed, and 1,000 emoji were refused as longer than 2,000 characters.
 */
@DvcBotIntegrationTest
class WebChatTextIntegrationTests {

    private static final String SESSIONS = "/api/webchat/sessions";

    @LocalServerPort
    int port;

    @Test
    void controlAndBidiOverrideCharactersAreNotStoredAndLineBreaksAre() {
        Http http = new Http(port);
        String session = http.post(SESSIONS, "").json().get("sessionId").asString();

        Http.Response sent = http.post(SESSIONS + "/" + session + "/messages",
                Http.json(Map.of("text", "làm\u0000 căn cước\r\nở \u202Eđâu\u202C\u0007")));

        assertThat(sent.status()).isEqualTo(200);
        JsonNode citizen = citizenMessage(http, session);
        assertThat(citizen.get("text").asString()).isEqualTo("làm căn cước\nở đâu");
    }

    @Test
    void oneThousandEmojiAreWithinTheTwoThousandCharacterLimit() {
        Http http = new Http(port);
        String session = http.post(SESSIONS, "").json().get("sessionId").asString();

        Http.Response sent = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", "😀".repeat(1000))));
        Http.Response tooLong = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", "a".repeat(2001))));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(citizenMessage(http, session).get("text").asString()).isEqualTo("😀".repeat(1000));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    private static JsonNode citizenMessage(Http http, String session) {
        for (JsonNode message : http.get(SESSIONS + "/" + session + "/messages?after=0").json().get("messages")) {
            if (message.get("from").asString().equals("citizen")) {
                return message;
            }
        }
        throw new AssertionError("No citizen message in the transcript");
    }
}
