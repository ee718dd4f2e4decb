package vn.gialai.dvcbot.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The web chat shows a confirmation as a clarify reply with Có / Không buttons, and answers follow-ups in context. */
@SpringBootTest(classes = WebChatConfirmationIntegrationTests.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatConfirmationIntegrationTests {

    /**
     * The core and the web chat with a small answer catalog. Nested in the test so the other channels' test
     * applications, which scan the web chat package, leave it out.
     */
    @SpringBootApplication(scanBasePackages = {"vn.gialai.dvcbot.core", "vn.gialai.dvcbot.channels.webchat"})
    static class App {

        @Bean
        AnswerCatalog answerCatalog() {
            return InMemoryAnswerCatalog.forChannelTests();
        }
    }

    private static final String PREFIX = TestRedis.uniquePrefix();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", TestRedis::url);
        registry.add("dvc.redis.key-prefix", () -> PREFIX);
    }

    @AfterAll
    static void cleanUp() {
        TestRedis.deleteKeys(PREFIX);
    }

    @Test
    void aLoneGuessIsAClarifyWithYesAndNoAndTheYesButtonThenAFollowUpAnswer() throws Exception {
        String session = post("/api/webchat/sessions", "").get("sessionId").asString();
        String messages = "/api/webchat/sessions/" + session + "/messages";

        JsonNode confirm = post(messages, "{\"text\": \"nhà em vừa sinh em bé thì làm giấy gì\"}").get("replies").get(0);
        assertThat(confirm.get("kind").asString()).isEqualTo("clarify");
        assertThat(confirm.get("text").asString()).isEqualTo("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
        assertThat(confirm.get("choices").get(0).get("id").asString()).isEqualTo("entry:birth-registration");
        assertThat(confirm.get("choices").get(0).get("label").asString()).isEqualTo("Có");
        assertThat(confirm.get("choices").get(1).get("id").asString()).isEqualTo("not:birth-registration");
        assertThat(confirm.get("choices").get(1).get("label").asString()).isEqualTo("Không, chủ đề khác");

        JsonNode yes = post(messages, "{\"choice\": \"entry:birth-registration\"}").get("replies").get(0);
        assertThat(yes.get("kind").asString()).isEqualTo("answer");
        assertThat(yes.get("entryId").asString()).isEqualTo("birth-registration");

        JsonNode where = post(messages, "{\"text\": \"o mo rua\"}").get("replies").get(0);
        assertThat(where.get("text").asString()).startsWith("Đăng ký khai sinh – Nộp ở đâu");
        JsonNode fees = post(messages, "{\"text\": \"het bn tien ad\"}").get("replies").get(0);
        assertThat(fees.get("text").asString()).startsWith("Đăng ký khai sinh – Lệ phí và thời gian");
    }

    @Test
    void afterAListOfChoicesAPickThenAFollowUpThenASectionButtonStayWithThePickedEntry() throws Exception {
        String messages = "/api/webchat/sessions/" + post("/api/webchat/sessions", "").get("sessionId").asString()
                + "/messages";

        JsonNode list = post(messages, "{\"text\": \"khai sinh hay khai tử\"}").get("replies").get(0);
        assertThat(list.get("kind").asString()).isEqualTo("clarify");
        assertThat(list.get("choices").findValuesAsString("id"))
                .containsExactly("entry:birth-registration", "entry:death-registration", "handoff");
        JsonNode picked = post(messages, "{\"choice\": \"entry:death-registration\"}").get("replies").get(0);
        assertThat(picked.get("text").asString()).startsWith("Đăng ký khai tử\n\nTóm tắt");
        JsonNode where = post(messages, "{\"text\": \"nộp ở mô rứa\"}").get("replies").get(0);
        assertThat(where.get("text").asString()).startsWith("Đăng ký khai tử – Nộp ở đâu");
        assertThat(where.get("choices").findValuesAsString("id")).contains("section:death-registration:fees");
        JsonNode fees = post(messages, "{\"choice\": \"section:death-registration:fees\"}").get("replies").get(0);
        assertThat(fees.get("text").asString()).startsWith("Đăng ký khai tử – Lệ phí và thời gian");
    }

    @Test
    void aFollowUpRightAfterAListOpensTheBestOfferAndItsSectionButtonsOpenTheOthers() throws Exception {
        String messages = "/api/webchat/sessions/" + post("/api/webchat/sessions", "").get("sessionId").asString()
                + "/messages";
        post(messages, "{\"text\": \"khai sinh hay khai tử\"}");

        JsonNode where = post(messages, "{\"text\": \"o mo rua\"}").get("replies").get(0);
        assertThat(where.get("text").asString()).startsWith("Đăng ký khai sinh – Nộp ở đâu");
        assertThat(where.get("choices").get(0).get("id").asString()).isEqualTo("section:death-registration:where");
        assertThat(where.get("choices").get(0).get("label").asString()).isEqualTo("Đăng ký khai tử – Nộp ở đâu");
        JsonNode other = post(messages, "{\"choice\": \"section:death-registration:where\"}").get("replies").get(0);
        assertThat(other.get("text").asString()).startsWith("Đăng ký khai tử – Nộp ở đâu");
        JsonNode fees = post(messages, "{\"text\": \"het bn tien\"}").get("replies").get(0);
        assertThat(fees.get("text").asString()).startsWith("Đăng ký khai tử – Lệ phí và thời gian");
    }

    @Test
    void aForgedDeclineIsAnsweredWithTheMenuNotAnError() throws Exception {
        String session = post("/api/webchat/sessions", "").get("sessionId").asString();

        JsonNode reply = post("/api/webchat/sessions/" + session + "/messages", "{\"choice\": \"not:<script>\"}")
                .get("replies").get(0);

        assertThat(reply.get("text").asString()).startsWith("Xin lỗi bà con, tôi đoán chưa đúng.");
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }
}
