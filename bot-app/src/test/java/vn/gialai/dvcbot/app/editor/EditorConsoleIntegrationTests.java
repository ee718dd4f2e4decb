package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** The editor console's pages and forms over HTTP, signed in through the login page. */
@DvcBotIntegrationTest
class EditorConsoleIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MissedQuestions missed;
    private Http editor;

    @BeforeEach
    void signIn() {
        StaffFixtures.ensure(accounts, encoder, "mai", Role.EDITOR, null);
        StaffFixtures.ensure(accounts, encoder, "tuan", Role.VOLUNTEER, null);
        editor = StaffFixtures.signedIn(port, "mai");
    }

    @Test
    void theListFiltersByWordsWithoutAccentsAndByCategory() {
        String page = editor.get("/editor?q=so+do").body();
        assertThat(page).contains("Cấp lại sổ đỏ bị mất").doesNotContain("Đăng ký khai sinh</a>");

        assertThat(editor.get("/editor?q=mat+so+do+cap+lai").body()).contains("Cấp lại sổ đỏ bị mất");

        String civil = editor.get("/editor?category=ho-tich").body();
        assertThat(civil).contains("Đăng ký khai sinh").doesNotContain("Cấp lại sổ đỏ bị mất");
    }

    @Test
    void anEntryPageShowsEveryFieldAndThePreviewOnEachChannel() {
        String page = editor.get("/editor/entries/birth-registration").body();

        assertThat(page).contains("name=\"summary\"", "name=\"steps\"", "name=\"documents\"", "name=\"examples\"",
                "name=\"sources\"", "name=\"reviewed\"", "name=\"onlineAvailability\"");
        assertThat(page).contains("channel-zalo", "channel-telegram", "channel-web", "Câu trả lời có giúp ích không?");
    }

    @Test
    void aRefusedSaveKeepsWhatTheEditorTypedAndSaysWhy() {
        String page = editor.get("/editor/entries/dossier-lookup").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", Http.csrfToken(page));
        form.put("baseVersion", "1");
        form.put("kind", "info");
        form.put("category", "truc-tuyen");
        form.put("title", "Tra cứu hồ sơ – tiêu đề đang sửa dở");
        form.put("summary", "");
        form.put("examples", "tra cứu hồ sơ");

        Http.Response refused = editor.postForm("/editor/entries/dossier-lookup", form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Cần sửa trước khi lưu", "examples")
                .contains("Tra cứu hồ sơ – tiêu đề đang sửa dở");
    }

    @Test
    void aMissedQuestionIsShownAndCanBeDismissed() {
        missed.record(new QuestionMissed("cho hỏi thủ tục nuôi ong lấy mật, sđt 0905123456", MissReason.FALLBACK,
                null, null));

        String inbox = editor.get("/editor/missed").body();
        assertThat(inbox).contains("cho hỏi thủ tục nuôi ong lấy mật, sđt [số điện thoại]")
                .doesNotContain("0905123456").contains("Bot chưa trả lời được");
        String groupId = missed.groups().stream().filter(g -> g.text().contains("nuôi ong")).findFirst()
                .orElseThrow().id();

        Http.Response dismissed = editor.postForm("/editor/missed/" + groupId + "/dismiss",
                Map.of("_csrf", Http.csrfToken(inbox)));

        assertThat(dismissed.status()).isEqualTo(302);
        assertThat(editor.get("/editor/missed").body()).doesNotContain("nuôi ong");
    }

    @Test
    void aNewEntryStartedFromAMissedQuestionTakesItOutOfTheInbox() {
        missed.record(new QuestionMissed("bot ơi chúc ngủ ngon nha", MissReason.FALLBACK, null, null));
        String groupId = missed.groups().stream().filter(g -> g.text().contains("ngủ ngon")).findFirst()
                .orElseThrow().id();
        String page = editor.get("/editor/new?question=bot+%C6%A1i+ch%C3%BAc+ng%E1%BB%A7+ngon+nha&missed=" + groupId)
                .body();
        assertThat(page).contains("bot ơi chúc ngủ ngon nha").contains("name=\"missed\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", Http.csrfToken(page));
        form.put("missed", groupId);
        form.put("baseVersion", "0");
        form.put("id", "good-night");
        form.put("kind", "smalltalk");
        form.put("category", "tro-chuyen");
        form.put("title", "Chúc ngủ ngon");
        form.put("reply", "Chúc bà con ngủ ngon! Cần hỏi thủ tục gì, bà con cứ nhắn nhé.");
        form.put("examples", "bot ơi chúc ngủ ngon nha\nchuc ngu ngon\nngủ ngon nhé\ngood night\nthôi đi ngủ đây");

        Http.Response created = editor.postForm("/editor/entries", form);

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(String.valueOf(created.headers().get("location"))).contains("/editor/entries/good-night");
        assertThat(missed.groups()).noneSatisfy(g -> assertThat(g.id()).isEqualTo(groupId));
    }

    @Test
    void tryingAQuestionShowsTheTopEntriesWithScoresAndTheDecision() {
        String page = editor.get("/editor/try?text=lam+cccd+o+dau").body();

        assertThat(page).contains("Bot sẽ làm gì với câu", "id-card", "Điểm (0–1)");
    }

    @Test
    void aVersionDiffMarksWhatWasAddedAndRemoved() {
        String page = editor.get("/editor/entries/civil-status-copy").body();
        Map<String, String> form = formOf(page);
        form.put("fees", "Lệ phí mới để so sánh.");
        editor.postForm("/editor/entries/civil-status-copy", form);

        String diff = editor.get("/editor/entries/civil-status-copy/diff?from=1&to=2").body();

        assertThat(diff).contains("diff-added", "Lệ phí mới để so sánh.", "diff-removed");
    }

    @Test
    void volunteersCannotOpenTheEditor() {
        Http volunteer = StaffFixtures.signedIn(port, "tuan");

        assertThat(volunteer.get("/editor").status()).isEqualTo(403);
    }

    /** The form fields of an entry page as the browser would send them back. */
    private static Map<String, String> formOf(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", Http.csrfToken(page));
        java.util.regex.Matcher inputs = java.util.regex.Pattern
                .compile("<input[^>]*?name=\"([a-zA-Z]+)\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        while (inputs.find()) {
            form.putIfAbsent(inputs.group(1), unescape(inputs.group(2)));
        }
        java.util.regex.Matcher areas = java.util.regex.Pattern
                .compile("<textarea[^>]*?name=\"([a-zA-Z]+)\"[^>]*>([^<]*)</textarea>").matcher(page);
        while (areas.find()) {
            form.put(areas.group(1), unescape(areas.group(2)));
        }
        java.util.regex.Matcher selects = java.util.regex.Pattern.compile(
                "<select[^>]*?name=\"([a-zA-Z]+)\"[^>]*>.*?<option value=\"([^\"]*)\" selected", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (selects.find()) {
            form.put(selects.group(1), selects.group(2));
        }
        form.remove("q");
        return form;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
