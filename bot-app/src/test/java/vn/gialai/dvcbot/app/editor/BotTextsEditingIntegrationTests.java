package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** Editors correct the bot's own words like entries: draft, preview, publish, and the next reply says them. */
@DvcBotIntegrationTest
class BotTextsEditingIntegrationTests {

    /** Said when a citizen types "có" while the bot asked nothing: rarely met, so no other test depends on it. */
    private static final String KEY = "confirm.nothing";
    private static final String NEW_WORDING = "Bà con cần hỏi thủ tục gì ạ? Bà con gõ tên giấy tờ, ví dụ “giấy khai sinh”.";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;
    private Map<String, String> editor;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "loi-bot", Role.EDITOR, null);
        editor = StaffFixtures.basic("loi-bot");
    }

    /** The app's Redis is shared by the tests of this context: the original wording goes back live. */
    @AfterEach
    void restoreTheBundledWording() {
        JsonNode text = http.get("/api/kb/texts/" + KEY, editor).json();
        if (!text.get("live_text").asString().equals(BotText.NOTHING_TO_CONFIRM.defaultText())) {
            http.put("/api/kb/texts/" + KEY, Http.json(Map.of("text", BotText.NOTHING_TO_CONFIRM.defaultText(),
                    "baseVersion", text.get("version").asInt())), editor);
            http.post("/api/kb/texts/" + KEY + "/publish", "", editor);
        }
    }

    @Test
    void everyTextIsListedSeededFromTheBundledFileWithItsPlaceholdersAndAPreview() {
        JsonNode texts = http.get("/api/kb/texts", editor).json();

        assertThat(texts.size()).isEqualTo(BotText.values().length);
        JsonNode confirm = find(texts, "confirm.question");
        assertThat(confirm.get("status").asString()).isEqualTo("published");
        assertThat(confirm.get("live_version").asInt()).isPositive();
        assertThat(confirm.get("text").asString()).isEqualTo("Có phải bà con hỏi về “{title}” không ạ?");
        assertThat(confirm.get("placeholders")).extracting(JsonNode::asString).containsExactly("title");
        assertThat(confirm.get("preview").asString()).isEqualTo("Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
    }

    @Test
    void aDraftIsNotSaidUntilPublishedAndThenTheNextReplySaysIt() {
        int base = http.get("/api/kb/texts/" + KEY, editor).json().get("version").asInt();

        Http.Response saved = http.put("/api/kb/texts/" + KEY,
                Http.json(Map.of("text", NEW_WORDING, "baseVersion", base)), editor);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(base + 1);
        assertThat(saved.json().get("status").asString()).isEqualTo("draft");
        assertThat(sayYesOutOfTheBlue()).startsWith(BotText.NOTHING_TO_CONFIRM.defaultText());

        Http.Response published = http.post("/api/kb/texts/" + KEY + "/publish", "", editor);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(sayYesOutOfTheBlue()).startsWith(NEW_WORDING);
        JsonNode audit = http.get("/api/kb/audit?limit=2", editor).json();
        assertThat(audit.get(0).get("entryId").asString()).isEqualTo("text:" + KEY);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("publish");
    }

    @Test
    void wordingThatBreaksTheRulesIs422WithTheReasonAndNothingIsSaved() {
        JsonNode before = http.get("/api/kb/texts/confirm.question", editor).json();

        Http.Response noTitle = http.put("/api/kb/texts/confirm.question", Http.json(Map.of(
                "text", "Có phải bà con hỏi về thủ tục này không ạ?", "baseVersion", before.get("version").asInt())),
                editor);
        Http.Response noDiacritics = http.put("/api/kb/texts/fallback.first", Http.json(Map.of(
                "text", "Xin loi ba con, toi chua hieu cau hoi nay.", "baseVersion", 1)), editor);

        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.json().get("problems").get(0).get("field").asString()).isEqualTo("texts.confirm.question");
        assertThat(noTitle.json().get("problems").get(0).get("reason").asString()).contains("{title}");
        assertThat(noDiacritics.status()).isEqualTo(422);
        assertThat(http.get("/api/kb/texts/confirm.question", editor).json().get("version").asInt())
                .isEqualTo(before.get("version").asInt());
    }

    @Test
    void anUnknownKeyIs404AndAStaleBaseIs409() {
        assertThat(http.get("/api/kb/texts/no.such.text", editor).status()).isEqualTo(404);
        int base = http.get("/api/kb/texts/" + KEY, editor).json().get("version").asInt();
        http.put("/api/kb/texts/" + KEY, Http.json(Map.of("text", NEW_WORDING, "baseVersion", base)), editor);

        Http.Response stale = http.put("/api/kb/texts/" + KEY,
                Http.json(Map.of("text", NEW_WORDING + " Cảm ơn bà con.", "baseVersion", base)), editor);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("latestVersion").asInt()).isEqualTo(base + 1);
    }

    @Test
    void theConsoleShowsEveryTextAsACitizenReadsItAndPreviewsADraftWithoutSavingIt() {
        Http console = StaffFixtures.signedIn(port, "loi-bot");
        assertThat(console.get("/editor/texts").body()).contains("fallback.first", "Khi bot chưa hiểu câu hỏi",
                "Có phải bà con hỏi về “Đăng ký khai sinh” không ạ?");
        Http.Response page = console.get("/editor/texts/confirm.question");
        int version = http.get("/api/kb/texts/confirm.question", editor).json().get("version").asInt();

        Http.Response preview = console.postForm("/editor/texts/confirm.question", Map.of(
                "_csrf", Http.csrfToken(page.body()), "baseVersion", String.valueOf(version), "action", "preview",
                "wording", "Bà con hỏi về “{title}” phải không ạ?"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Bà con hỏi về “Đăng ký khai sinh” phải không ạ?");
        assertThat(http.get("/api/kb/texts/confirm.question", editor).json().get("version").asInt()).isEqualTo(version);
    }

    private String sayYesOutOfTheBlue() {
        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        return http.post("/api/webchat/sessions/" + session + "/messages", Http.json(Map.of("text", "có"))).json()
                .get("replies").get(0).get("text").asString();
    }

    private static JsonNode find(JsonNode array, String key) {
        for (JsonNode node : array) {
            if (node.get("key").asString().equals(key)) {
                return node;
            }
        }
        throw new AssertionError("No text " + key);
    }
}
