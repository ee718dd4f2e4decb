package vn.gialai.dvcbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/**
 * The web chat API of contracts §4, over HTTP, on a real Redis. Bad requests and outages are answered by the web
 * layer alone: channels' WebChatControllerTests.
 */
@DvcBotIntegrationTest
class WebChatApiIntegrationTests {

    private static final String SESSIONS = "/api/webchat/sessions";

    @LocalServerPort
    int port;
    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aNewSessionIsCreatedWithAnUnguessableIdAndGreetsWithTheMenu() {
        Http.Response created = http.post(SESSIONS, "");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("sessionId").asString();
        assertThat(id).matches("[A-Za-z0-9_-]{32}");
        JsonNode messages = http.get(SESSIONS + "/" + id + "/messages?after=0").json().get("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("from").asString()).isEqualTo("bot");
        assertThat(messages.get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(messages.get(0).get("text").asString()).contains("thủ tục hành chính");
        assertThat(messages.get(0).get("choices").get(0).get("id").asString()).startsWith("topic:");
    }

    @Test
    void aQuestionGetsAnAnswerWithTheContractShape() {
        String id = newSession();

        Http.Response response = http.post(SESSIONS + "/" + id + "/messages",
                Http.json(Map.of("text", "làm giấy khai sinh cho con ở đâu")));

        assertThat(response.status()).isEqualTo(200);
        JsonNode reply = response.json().get("replies").get(0);
        assertThat(reply.get("kind").asString()).isEqualTo("answer");
        assertThat(reply.get("entryId").asString()).isEqualTo("birth-registration");
        assertThat(reply.get("text").asString()).startsWith("Đăng ký khai sinh – Nộp ở đâu");
        assertThat(reply.get("choices").get(0).get("id").asString()).isEqualTo("section:birth-registration:steps");
        assertThat(reply.get("choices").get(0).get("label").asString()).isEqualTo("Các bước");
    }

    @Test
    void followUpsInDialectAndChatShorthandOpenTheSectionOfTheEntryBeingRead() {
        String id = newSession();
        http.post(SESSIONS + "/" + id + "/messages", Http.json(Map.of("text", "làm căn cước cho con 15 tuổi")));

        JsonNode where = http.post(SESSIONS + "/" + id + "/messages", Http.json(Map.of("text", "nộp ở mô rứa")))
                .json().get("replies").get(0);
        JsonNode fees = http.post(SESSIONS + "/" + id + "/messages", Http.json(Map.of("text", "het bn tien ad")))
                .json().get("replies").get(0);

        assertThat(where.get("entryId").asString()).isEqualTo("id-card");
        assertThat(where.get("text").asString()).contains("– Nộp ở đâu");
        assertThat(fees.get("text").asString()).contains("– Lệ phí và thời gian");
    }

    @Test
    void aChoiceIsAnsweredAndTheTranscriptHasSequenceSenderAndTime() {
        String id = newSession();

        Http.Response response = http.post(SESSIONS + "/" + id + "/messages",
                Http.json(Map.of("choice", "section:birth-registration:documents")));

        assertThat(response.json().get("replies").get(0).get("text").asString()).contains("Giấy chứng sinh");
        JsonNode messages = http.get(SESSIONS + "/" + id + "/messages?after=1").json().get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("from").asString()).isEqualTo("citizen");
        assertThat(messages.get(0).get("text").asString()).isEqualTo("Giấy tờ cần chuẩn bị");
        assertThat(messages.get(1).get("seq").asLong()).isEqualTo(3);
        assertThat(messages.get(1).get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void theSameMessageIdSentTwiceIsAnsweredOnce() {
        String id = newSession();
        String body = Http.json(Map.of("text", "khai sinh", "messageId", "browser-retry-1"));

        Http.Response first = http.post(SESSIONS + "/" + id + "/messages", body);
        Http.Response second = http.post(SESSIONS + "/" + id + "/messages", body);

        assertThat(first.json().get("replies")).hasSize(1);
        assertThat(second.json().get("replies")).isEmpty();
        assertThat(http.get(SESSIONS + "/" + id + "/messages?after=0").json().get("messages")).hasSize(3);
    }

    @Test
    void exactly2000CharactersOfJunkIsAcceptedAndFallsBack() {
        String id = newSession();

        Http.Response response = http.post(SESSIONS + "/" + id + "/messages",
                Http.json(Map.of("text", "zq".repeat(1000))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("replies").get(0).get("kind").asString()).isEqualTo("fallback");
    }

    @Test
    void emptyTextGetsAGentlePrompt() {
        String id = newSession();

        Http.Response response = http.post(SESSIONS + "/" + id + "/messages", Http.json(Map.of("text", "   ")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("replies").get(0).get("text").asString()).startsWith("Bà con chưa nhập");
    }

    @Test
    void emojiOnlyOrForeignTextGetsAPoliteFallback() {
        String id = newSession();

        for (String text : new String[] {"😀😀👍", "What is the weather in Paris?", "天气怎么样"}) {
            JsonNode reply = http.post(SESSIONS + "/" + id + "/messages", Http.json(Map.of("text", text)))
                    .json().get("replies").get(0);
            assertThat(reply.get("kind").asString()).isEqualTo("fallback");
            assertThat(reply.get("text").asString()).startsWith("Xin lỗi bà con");
        }
    }

    @Test
    void theChatPageIsServedInVietnamese() {
        Http.Response page = http.get("/");
        Http.Response embed = http.get("/embed.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">").contains("Hỏi đáp thủ tục hành chính");
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.body()).contains("iframe");
    }

    private String newSession() {
        return http.post(SESSIONS, "").json().get("sessionId").asString();
    }
}
