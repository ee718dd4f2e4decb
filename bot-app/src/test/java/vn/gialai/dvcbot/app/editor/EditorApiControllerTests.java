package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.gialai.dvcbot.app.security.StaffSecuritySlice.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * The knowledge-base editing API (contracts §9) on the web layer alone (MockMvc: no server, no Redis): the app's
 * real security and editing rules on the bundled content, the store in memory. Publishing across instances and
 * citizens seeing the new answer: EditorApiIntegrationTests.
 */
@WebMvcTest(EditorApiController.class)
@Import({StaffSecuritySlice.class, EditorSlice.class})
class EditorApiControllerTests implements FreshKnowledgeBase {

    private static final String BIRTH = "/api/kb/entries/birth-registration";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryKnowledgeBaseStore store;
    @Autowired
    KnowledgeBaseSync sync;
    @Autowired
    MissedQuestions missed;

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "TEAM_LEADER"})
    void volunteersAndTeamLeadersAreRefused403() {
        assertThat(mvc.get().uri("/api/kb/entries").exchange()).hasStatus(403)
                .bodyJson().extractingPath("$.error").isEqualTo("forbidden");
        assertThat(mvc.put().uri(BIRTH).contentType(MediaType.APPLICATION_JSON).content("{\"baseVersion\":1}")
                .exchange()).hasStatus(403);
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    void strangersAre401AndAdminsMayEdit() {
        assertThat(mvc.put().uri(BIRTH).contentType(MediaType.APPLICATION_JSON).content("{}").exchange())
                .hasStatus(401).bodyJson().extractingPath("$.error").isEqualTo("unauthorized");
        assertThat(mvc.get().uri("/api/kb/entries").with(basic("quantri")).exchange()).hasStatusOk();
    }

    @Test
    void theBundledEntriesAreListedAsPublished() {
        MvcTestResult entries = mvc.get().uri("/api/kb/entries").with(basic("bientap")).exchange();

        assertThat(entries).hasStatusOk().bodyJson().extractingPath("$[?(@.id == 'birth-registration')].status")
                .asArray().containsExactly("published");
        assertThat(entries).bodyJson().extractingPath("$[?(@.id == 'birth-registration')].title").asArray()
                .containsExactly("Đăng ký khai sinh");
    }

    @Test
    void aSaveIsANewDraftByItsAuthorAndPublishingMakesItLiveHere() {
        ObjectNode entry = latest(BIRTH);
        entry.put("summary", "Tóm tắt mới về khai sinh: bản nháp của biên tập viên, đủ dài để hợp lệ.");

        assertThat(put(BIRTH, withBase(entry, 1))).hasStatusOk().bodyJson()
                .extractingPath("$.version").isEqualTo(2);
        assertThat(mvc.get().uri(BIRTH).with(basic("bientap")).exchange()).bodyJson()
                .extractingPath("$.live_version").isEqualTo(1);
        verify(sync, never()).refresh();

        assertThat(mvc.post().uri(BIRTH + "/publish").with(basic("bientap")).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("published");
        verify(sync).refresh();
        assertThat(store.status("birth-registration").orElseThrow().liveVersion()).isEqualTo(2);
        assertThat(store.version("birth-registration", 2).orElseThrow().author()).isEqualTo("bientap");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIs409WithTheNewestVersion() {
        ObjectNode entry = latest(BIRTH);
        put(BIRTH, withBase(entry, 1));

        assertThat(put(BIRTH, withBase(entry, 1))).hasStatus(409).bodyJson().extractingPath("$.latestVersion")
                .isEqualTo(2);
    }

    @Test
    void anInvalidEntryIs422WithTheReasonsAndNothingIsSaved() {
        ObjectNode entry = latest(BIRTH);
        entry.remove("summary");
        entry.putArray("examples").add("khai sinh");

        MvcTestResult refused = put(BIRTH, withBase(entry, 1));

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.error").isEqualTo("invalid");
        assertThat(refused).bodyJson().extractingPath("$.problems[*].field").asArray().contains("summary", "examples");
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    void aSaveWithoutBaseVersionWithAnotherIdABadIdOrNotJsonIs400() {
        ObjectNode entry = latest(BIRTH);

        assertThat(put(BIRTH, entry.toString())).hasStatus(400);
        assertThat(put("/api/kb/entries/other-id", withBase(entry, 0))).hasStatus(400);
        assertThat(put("/api/kb/entries/Giấy-Phép", "{\"baseVersion\":0}")).hasStatus(400);
        assertThat(put(BIRTH, "not json")).hasStatus(400).bodyJson().extractingPath("$.error").isEqualTo("bad_request");
        assertThat(put(BIRTH, "[1,2]")).hasStatus(400);
        assertThat(put(BIRTH, "{\"baseVersion\":1,\"examples\":\"not a list\"}")).hasStatus(400);
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownEntryOrVersionIs404() {
        assertThat(mvc.get().uri("/api/kb/entries/no-such-entry").with(basic("bientap")).exchange()).hasStatus(404)
                .bodyJson().extractingPath("$.error").isEqualTo("not_found");
        assertThat(mvc.get().uri(BIRTH + "/versions/9").with(basic("bientap")).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/api/kb/entries/no-such-entry/publish").with(basic("bientap")).exchange())
                .hasStatus(404);
    }

    @Test
    void tryingAQuestionAnswersLikeALineOfTheEvalCommandAndNeedsAText() {
        Entry birth = EditorSlice.bundled().stream().filter(e -> e.id().equals("birth-registration")).findFirst()
                .orElseThrow();
        String question = birth.examples().get(0);

        assertThat(post("/api/kb/match", JSON.createObjectNode().put("text", question).toString())).hasStatusOk()
                .bodyJson().extractingPath("$.top[0].id").isEqualTo("birth-registration");
        assertThat(post("/api/kb/match", "{}")).hasStatus(400).bodyJson().extractingPath("$.error")
                .isEqualTo("bad_request");
    }

    @Test
    void attachingAMissedQuestionNeedsAnEntryIdAndAGroupThatIsStillThere() {
        assertThat(post("/api/kb/missed/g1/attach", "{}")).hasStatus(400);
        assertThat(post("/api/kb/missed/gone/attach", "{\"entryId\":\"birth-registration\"}")).hasStatus(404);
        assertThat(mvc.post().uri("/api/kb/missed/gone/dismiss").with(basic("bientap")).exchange()).hasStatus(404);
    }

    @Test
    void whenRedisIsDownTheEditorIsAskedToTryAgainWith503() {
        when(missed.groups()).thenThrow(new RedisConnectionFailureException("refused"));

        assertThat(mvc.get().uri("/api/kb/missed").with(basic("bientap")).exchange()).hasStatus(503)
                .bodyJson().extractingPath("$.error").isEqualTo("unavailable");
    }

    @Test
    void anImportThatIsNotAZipIsRefusedWithoutSavingAnything() {
        MvcTestResult wrongType = mvc.post().uri("/api/kb/import").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(basic("bientap")).exchange();
        MvcTestResult notAZip = mvc.post().uri("/api/kb/import?apply=true").contentType("application/zip")
                .content("this is not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(basic("bientap"))
                .exchange();

        assertThat(wrongType).hasStatus(415);
        assertThat(notAZip).hasStatus(422).bodyJson().extractingPath("$.problems[0].reason").asString()
                .contains("không phải tệp nén .zip");
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(1);
    }

    private ObjectNode latest(String path) {
        return (ObjectNode) JSON.readTree(mvc.get().uri(path).with(basic("bientap")).exchange().getResponse()
                .getContentAsByteArray());
    }

    private static String withBase(ObjectNode entry, int base) {
        ObjectNode body = entry.deepCopy();
        body.put("baseVersion", base);
        return body.toString();
    }

    private MvcTestResult put(String path, String json) {
        return mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).with(basic("bientap"))
                .exchange();
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).with(basic("bientap"))
                .exchange();
    }
}
