package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestion;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * The editor console's pages and forms on the web layer alone (MockMvc: no server, no Redis): the app's real
 * security (login redirect, roles, CSRF), templates and editing rules on the bundled content, the store in memory.
 * Signed in through the login page, with Redis: EditorConsoleIntegrationTests; in a browser:
 * EditorBrowserIntegrationTests.
 */
@WebMvcTest({EntryListController.class, EntryController.class, MissedInboxController.class, TryController.class,
        AuditController.class})
@Import({StaffSecuritySlice.class, EditorSlice.class})
class EditorConsoleControllerTests implements FreshKnowledgeBase {

    private static final String GOODBYE_REPLY = "Chào bà con, hẹn gặp lại! Khi cần hỏi thủ tục, bà con cứ nhắn cho tôi.";
    private static final MissedGroup BEES = new MissedGroup("g-bees", "cho hỏi thủ tục nuôi ong lấy mật", 2,
            StaffSecuritySlice.NOW, List.of(new MissedQuestion("q1", "cho hỏi thủ tục nuôi ong lấy mật", 2,
                    Map.of(MissReason.FALLBACK, 2L), null, StaffSecuritySlice.NOW, StaffSecuritySlice.NOW)));

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryKnowledgeBaseStore store;
    @Autowired
    KnowledgeBaseSync sync;
    @Autowired
    MissedQuestions missed;

    @Test
    void strangersAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/editor").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "TEAM_LEADER"})
    void volunteersCannotOpenTheEditor() {
        assertThat(mvc.get().uri("/editor").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/editor/entries/goodbye").with(csrf()).param("baseVersion", "1").exchange())
                .hasStatus(403);
    }

    @Test
    @WithUserDetails("quantri")
    void adminsMayEdit() {
        assertThat(mvc.get().uri("/editor").exchange()).hasStatusOk().hasViewName("editor/list");
    }

    @Test
    @WithUserDetails("bientap")
    void theListFiltersByWordsWithoutAccentsAndByCategory() {
        assertThat(mvc.get().uri("/editor?q=so+do").exchange()).hasStatusOk().bodyText()
                .contains("Cấp lại sổ đỏ bị mất").doesNotContain("Đăng ký khai sinh</a>");
        assertThat(mvc.get().uri("/editor?q=mat+so+do+cap+lai").exchange()).bodyText().contains("Cấp lại sổ đỏ bị mất");
        assertThat(mvc.get().uri("/editor?category=ho-tich").exchange()).bodyText().contains("Đăng ký khai sinh")
                .doesNotContain("Cấp lại sổ đỏ bị mất");
    }

    @Test
    @WithUserDetails("bientap")
    void anEntryPageShowsEveryFieldAndThePreviewOnEachChannel() {
        assertThat(mvc.get().uri("/editor/entries/birth-registration").exchange()).hasStatusOk().bodyText()
                .contains("name=\"summary\"", "name=\"steps\"", "name=\"documents\"", "name=\"examples\"",
                        "name=\"sources\"", "name=\"reviewed\"", "name=\"onlineAvailability\"")
                .contains("channel-zalo", "channel-telegram", "channel-web", "Câu trả lời có giúp ích không?");
    }

    @Test
    @WithUserDetails("bientap")
    void aSaveIsANewDraftByItsAuthor() {
        MvcTestResult saved = save("goodbye", "1", GOODBYE_REPLY, csrf());

        assertThat(saved).hasRedirectedUrl("/editor/entries/goodbye").flash().containsKey("done");
        assertThat(store.version("goodbye", 2).orElseThrow().entry().reply()).isEqualTo(GOODBYE_REPLY);
        assertThat(store.version("goodbye", 2).orElseThrow().author()).isEqualTo("bientap");
        assertThat(store.status("goodbye").orElseThrow().liveVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bientap")
    void aFormWithoutTheCsrfTokenIsRefusedAndNothingIsSaved() {
        assertThat(save("goodbye", "1", GOODBYE_REPLY, request -> request)).hasStatus(403);
        assertThat(store.status("goodbye").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bientap")
    void aRefusedSaveKeepsWhatTheEditorTypedAndSaysWhy() {
        MvcTestResult refused = mvc.post().uri("/editor/entries/dossier-lookup").with(csrf()).param("baseVersion", "1")
                .param("kind", "info").param("category", "truc-tuyen")
                .param("title", "Tra cứu hồ sơ – tiêu đề đang sửa dở").param("summary", "")
                .param("examples", "tra cứu hồ sơ").exchange();

        assertThat(refused).hasStatusOk().hasViewName("editor/entry").bodyText()
                .contains("Cần sửa trước khi lưu", "examples", "Tra cứu hồ sơ – tiêu đề đang sửa dở");
        assertThat(store.status("dossier-lookup").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bientap")
    void aSaveOverSomeoneElsesNewerVersionKeepsTheTypedTextAndSaysSo() {
        save("goodbye", "1", GOODBYE_REPLY, csrf());

        MvcTestResult stale = save("goodbye", "1", "Tạm biệt bà con, bản sửa của người thứ hai.", csrf());

        assertThat(stale).hasStatusOk().bodyText().contains("Mục này vừa được người khác lưu (phiên bản 2)",
                "Tạm biệt bà con, bản sửa của người thứ hai.");
        assertThat(store.status("goodbye").orElseThrow().latestVersion()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("bientap")
    void publishingADraftMakesItLiveHere() {
        save("goodbye", "1", GOODBYE_REPLY, csrf());

        assertThat(mvc.post().uri("/editor/entries/goodbye/publish").with(csrf()).exchange())
                .hasRedirectedUrl("/editor/entries/goodbye").flash().containsKey("done");
        assertThat(store.status("goodbye").orElseThrow().liveVersion()).isEqualTo(2);
        verify(sync).refresh();
    }

    @Test
    @WithUserDetails("bientap")
    void aNewEntryStartedFromAMissedQuestionTakesItOutOfTheInboxAndATakenIdIsRefused() {
        when(missed.group("g-bees")).thenReturn(Optional.of(BEES));

        assertThat(create("good-night")).hasRedirectedUrl("/editor/entries/good-night");
        verify(missed).resolve(BEES);
        assertThat(store.status("good-night").orElseThrow().latestVersion()).isEqualTo(1);

        assertThat(create("goodbye")).hasStatusOk().bodyText().contains("Mã goodbye đã có mục khác dùng.");
    }

    @Test
    @WithUserDetails("bientap")
    void theInboxShowsMissedQuestionsAndOneCanBeDismissed() {
        when(missed.groups()).thenReturn(List.of(BEES));
        when(missed.group("g-bees")).thenReturn(Optional.of(BEES));

        assertThat(mvc.get().uri("/editor/missed").exchange()).hasStatusOk().bodyText()
                .contains("cho hỏi thủ tục nuôi ong lấy mật");
        assertThat(mvc.post().uri("/editor/missed/g-bees/dismiss").with(csrf()).exchange())
                .hasRedirectedUrl("/editor/missed").flash().containsEntry("done", "Đã bỏ qua nhóm câu hỏi này.");
        verify(missed).resolve(BEES);
    }

    @Test
    @WithUserDetails("bientap")
    void attachingToAnEntryThatDoesNotExistIsSaidAndNothingIsResolved() {
        when(missed.group("g-bees")).thenReturn(Optional.of(BEES));

        assertThat(mvc.post().uri("/editor/missed/g-bees/attach").with(csrf()).param("entryId", "no-such-entry")
                .exchange()).hasRedirectedUrl("/editor/missed").flash().containsKey("problem");
        assertThat(mvc.post().uri("/editor/missed/g-bees/attach").with(csrf()).exchange()).hasStatus(400);
        verify(missed, never()).resolve(any());
    }

    @Test
    @WithUserDetails("bientap")
    void tryingAQuestionShowsTheDecisionInVietnamese() {
        String question = EditorSlice.bundled().stream().filter(e -> e.id().equals("goodbye")).findFirst()
                .orElseThrow().examples().get(0);

        assertThat(mvc.get().uri("/editor/try").param("text", question).exchange()).hasStatusOk().bodyText()
                .contains("Bot sẽ làm gì với câu", "goodbye", "Trả lời ngay bằng mục đứng đầu");
        assertThat(mvc.post().uri("/editor/try").with(csrf()).param("text", "nuôi ong").exchange()).hasStatusOk()
                .bodyText().contains("Chưa trả lời được");
    }

    @Test
    @WithUserDetails("bientap")
    void aVersionDiffMarksWhatWasAddedAndRemovedAndNeedsBothVersions() {
        save("goodbye", "1", GOODBYE_REPLY, csrf());

        assertThat(mvc.get().uri("/editor/entries/goodbye/diff?from=1&to=2").exchange()).hasStatusOk().bodyText()
                .contains("diff-added", "hẹn gặp lại! Khi cần hỏi thủ tục", "diff-removed");
        assertThat(mvc.get().uri("/editor/entries/goodbye/diff?from=1").exchange()).hasStatus(400);
    }

    @Test
    @WithUserDetails("bientap")
    void theAuditPageSaysWhoSavedWhat() {
        save("goodbye", "1", GOODBYE_REPLY, csrf());

        assertThat(mvc.get().uri("/editor/audit").exchange()).hasStatusOk().bodyText().contains("bientap", "goodbye");
    }

    @Test
    @WithUserDetails("bientap")
    void aStaleLinkOrATypoIsA404PageInVietnameseNotAServerError() {
        assertThat(mvc.get().uri("/editor/entries/no-such-entry").exchange()).hasStatus(404)
                .hasViewName("editor/problem").bodyText().contains("Không có mục no-such-entry.");
        assertThat(mvc.get().uri("/editor/entries/no-such-entry/check").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/editor/entries/goodbye/diff?from=1&to=9").exchange()).hasStatus(404).bodyText()
                .contains("Mục goodbye không có phiên bản 9.");
        assertThat(mvc.post().uri("/editor/entries/goodbye/versions/9/restore").with(csrf()).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/editor/missed/gone/dismiss").with(csrf()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/editor/entries/goodbye/diff?from=x&to=1").exchange()).hasStatus(400);
        assertThat(store.status("goodbye").orElseThrow().latestVersion()).isEqualTo(1);
    }

    private MvcTestResult save(String id, String baseVersion, String reply, RequestPostProcessor csrf) {
        return mvc.post().uri("/editor/entries/" + id).with(csrf).param("baseVersion", baseVersion)
                .param("kind", "smalltalk").param("category", "tro-chuyen").param("title", "Tạm biệt")
                .param("reply", reply)
                .param("examples", "tạm biệt\nbye\nbai bai\nchào nhé, mình đi đây\nhẹn gặp lại\ngood bye").exchange();
    }

    private MvcTestResult create(String id) {
        return mvc.post().uri("/editor/entries").with(csrf()).param("missed", "g-bees").param("baseVersion", "0")
                .param("id", id).param("kind", "smalltalk").param("category", "tro-chuyen")
                .param("title", "Chúc ngủ ngon")
                .param("reply", "Chúc bà con ngủ ngon! Cần hỏi thủ tục gì, bà con cứ nhắn nhé.")
                .param("examples", "bot ơi chúc ngủ ngon nha\nchuc ngu ngon\nngủ ngon nhé\ngood night\nthôi đi ngủ đây")
                .exchange();
    }
}
