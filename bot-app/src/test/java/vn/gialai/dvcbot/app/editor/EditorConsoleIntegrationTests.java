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

/**
 * The editor console's pages and forms over HTTP, signed in through the login page, with the real matcher and the
 * inbox in Redis. The pages' rules, forms and roles are shown on the web layer alone in EditorConsoleControllerTests.
 */
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
        editor = StaffFixtures.signedIn(port, "mai");
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
}
