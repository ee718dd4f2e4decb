package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** Contracts §9 over HTTP, on the app with its bundled content seeded into the test's own Redis keys. */
@DvcBotIntegrationTest
class EditorApiIntegrationTests {

    private static final String ENTRY = "/api/kb/entries/criminal-record";

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
        StaffFixtures.ensure(accounts, encoder, "bientap", Role.EDITOR, null);
        StaffFixtures.ensure(accounts, encoder, "quantri", Role.ADMIN, null);
        StaffFixtures.ensure(accounts, encoder, "tnv", Role.VOLUNTEER, null);
        editor = StaffFixtures.basic("bientap");
    }

    @Test
    void theBundledEntriesAreListedAsPublishedVersions() {
        JsonNode entries = http.get("/api/kb/entries", editor).json();

        assertThat(entries.size()).isGreaterThanOrEqualTo(38);
        JsonNode birth = find(entries, "birth-registration");
        assertThat(birth.get("status").asString()).isEqualTo("published");
        assertThat(birth.get("version").asInt()).isPositive();
        assertThat(birth.get("title").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.get("processing_time")).isNotNull();
    }

    @Test
    void aSaveIsANewDraftAndCitizensKeepTheLiveAnswerUntilItIsPublished() {
        ObjectNode entry = latest(ENTRY);
        int base = entry.get("version").asInt();
        entry.put("summary", "Tóm tắt mới về phiếu lý lịch tư pháp, bản nháp chưa xuất bản.");

        Http.Response saved = http.put(ENTRY, withBase(entry, base), editor);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(base + 1);
        assertThat(saved.json().get("status").asString()).isEqualTo("draft");
        assertThat(saved.json().get("author").asString()).isEqualTo("bientap");
        assertThat(latest(ENTRY).get("status").asString()).isEqualTo("draft");
        assertThat(askWebChat("xin phiếu lý lịch tư pháp")).doesNotContain("bản nháp chưa xuất bản");
    }

    @Test
    void publishingPutsTheNewAnswerInFrontOfCitizensAtOnce() {
        ObjectNode entry = latest("/api/kb/entries/signature-attestation");
        entry.put("summary", "Chứng thực chữ ký: bản đã sửa, vừa xuất bản lúc kiểm thử.");
        int draft = http.put("/api/kb/entries/signature-attestation", withBase(entry, entry.get("version").asInt()),
                editor).json().get("version").asInt();

        Http.Response published = http.post("/api/kb/entries/signature-attestation/publish", "", editor);

        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("version").asInt()).isEqualTo(draft);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(askWebChat("thủ tục chứng thực chữ ký")).contains("vừa xuất bản lúc kiểm thử");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIs409WithTheNewestVersion() {
        ObjectNode entry = latest("/api/kb/entries/death-registration");
        int base = entry.get("version").asInt();
        http.put("/api/kb/entries/death-registration", withBase(entry, base), editor);

        Http.Response stale = http.put("/api/kb/entries/death-registration", withBase(entry, base), editor);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asString()).isEqualTo("conflict");
        assertThat(stale.json().get("latestVersion").asInt()).isEqualTo(base + 1);
    }

    @Test
    void anInvalidEntryIs422WithTheReasonsAndNothingIsSaved() {
        ObjectNode entry = latest("/api/kb/entries/vehicle-registration");
        int base = entry.get("version").asInt();
        entry.remove("summary");
        entry.putArray("examples").add("đăng ký xe");

        Http.Response refused = http.put("/api/kb/entries/vehicle-registration", withBase(entry, base), editor);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems")).extracting(p -> p.get("field").asString())
                .contains("summary", "examples");
        assertThat(latest("/api/kb/entries/vehicle-registration").get("version").asInt()).isEqualTo(base);
    }

    @Test
    void aSaveWithoutBaseVersionOrWithAnotherIdIs400() {
        ObjectNode entry = latest("/api/kb/entries/driver-license");

        assertThat(http.put("/api/kb/entries/driver-license", entry.toString(), editor).status()).isEqualTo(400);
        assertThat(http.put("/api/kb/entries/other-id", withBase(entry, 0), editor).status()).isEqualTo(400);
        assertThat(http.put("/api/kb/entries/driver-license", "not json", editor).status()).isEqualTo(400);
    }

    @Test
    void anOldVersionCanBeRestoredAsANewDraft() {
        ObjectNode original = latest("/api/kb/entries/marriage-registration");
        int base = original.get("version").asInt();
        ObjectNode changed = original.deepCopy();
        changed.put("fees", "Lệ phí đã sửa nhầm.");
        http.put("/api/kb/entries/marriage-registration", withBase(changed, base), editor);

        Http.Response restored = http.post("/api/kb/entries/marriage-registration/versions/" + base + "/restore", "",
                editor);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("version").asInt()).isEqualTo(base + 2);
        assertThat(restored.json().get("fees").asString()).isEqualTo(original.get("fees").asString());
        JsonNode versions = http.get("/api/kb/entries/marriage-registration/versions", editor).json();
        assertThat(versions).extracting(v -> v.get("version").asInt()).startsWith(base + 2, base + 1, base);
        assertThat(versions.get(0).get("action").asString()).isEqualTo("restore");
        assertThat(http.post("/api/kb/entries/marriage-registration/versions/99/restore", "", editor).status())
                .isEqualTo(404);
    }

    @Test
    void tryingAQuestionAnswersLikeALineOfTheEvalCommand() {
        JsonNode match = http.post("/api/kb/match", "{\"text\":\"lam cccd o dau\"}", editor).json();

        assertThat(match.get("question").asString()).isEqualTo("lam cccd o dau");
        assertThat(match.get("decision").asString()).isIn("answer", "clarify", "fallback");
        assertThat(match.get("top").get(0).get("id").asString()).isEqualTo("id-card");
        assertThat(match.get("top").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(match.get("choices").isArray()).isTrue();
    }

    @Test
    void aMissedQuestionBecomesAnExampleAndTheBotThenAnswersIt() {
        String question = "thủ tục xin cấp phép tổ chức lễ hội truyền thống của làng";
        assertThat(askWebChat(question)).startsWith("Xin lỗi bà con");
        JsonNode group = find(http.get("/api/kb/missed", editor).json(), question);

        Http.Response attached = http.post("/api/kb/missed/" + group.get("id").asString() + "/attach",
                "{\"entryId\":\"feedback-complaint\"}", editor);
        http.post("/api/kb/entries/feedback-complaint/publish", "", editor);

        assertThat(attached.status()).isEqualTo(200);
        assertThat(attached.json().get("examples")).extracting(JsonNode::asString).contains(question);
        assertThat(askWebChat(question)).doesNotStartWith("Xin lỗi bà con");
        assertThat(http.get("/api/kb/missed", editor).json()).noneSatisfy(
                g -> assertThat(g.get("text").asString()).isEqualTo(question));
    }

    @Test
    void theAuditLogSaysWhoChangedAndPublishedWhat() {
        ObjectNode entry = latest("/api/kb/entries/poor-household");
        http.put("/api/kb/entries/poor-household", withBase(entry, entry.get("version").asInt()),
                StaffFixtures.basic("quantri"));
        http.post("/api/kb/entries/poor-household/publish", "", StaffFixtures.basic("quantri"));

        JsonNode audit = http.get("/api/kb/audit?limit=5", editor).json();

        assertThat(audit.get(0).get("who").asString()).isEqualTo("quantri");
        assertThat(audit.get(0).get("action").asString()).isEqualTo("publish");
        assertThat(audit.get(0).get("entryId").asString()).isEqualTo("poor-household");
        assertThat(audit.get(1).get("action").asString()).isEqualTo("save");
    }

    @Test
    void volunteersAndStrangersCannotEdit() {
        assertThat(http.get("/api/kb/entries", StaffFixtures.basic("tnv")).status()).isEqualTo(403);
        assertThat(http.put(ENTRY, "{}", Map.of("Content-Type", "application/json")).status()).isEqualTo(401);
        assertThat(http.get("/api/kb/entries/no-such-entry", editor).status()).isEqualTo(404);
    }

    private ObjectNode latest(String path) {
        return (ObjectNode) http.get(path, editor).json();
    }

    private static String withBase(ObjectNode entry, int base) {
        ObjectNode body = entry.deepCopy();
        body.put("baseVersion", base);
        return body.toString();
    }

    private static JsonNode find(JsonNode array, String idOrText) {
        for (JsonNode node : (ArrayNode) array) {
            if (idOrText.equals(node.path("id").asString()) || idOrText.equals(node.path("text").asString())) {
                return node;
            }
        }
        throw new AssertionError(idOrText + " not found in " + array);
    }

    private String askWebChat(String question) {
        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        JsonNode replies = http.post("/api/webchat/sessions/" + session + "/messages",
                Http.json(Map.of("text", question))).json().get("replies");
        return replies.get(0).get("text").asString();
    }
}
