package vn.gialai.dvcbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.handoff.HandoffDeskSlice;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.Volunteer;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;

/**
 * The volunteer console's pages and htmx fragments on the web layer alone (MockMvc: no server, no Redis): the
 * app's real security (login redirect, htmx 401, roles, CSRF) and the real desk on the in-memory queue; what
 * reaches the citizen and the transcript stand in. In a browser: ConsoleBrowserIntegrationTests.
 */
@WebMvcTest({ConsoleController.class, ReadyAnswersController.class})
@Import({StaffSecuritySlice.class, HandoffDeskSlice.class})
class ConsoleControllerTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryHandoffQueue queue;
    @Autowired
    HandoffDesk desk;
    @MockitoBean
    ConversationMessages citizen;
    @MockitoBean
    ConversationStore transcripts;

    @Test
    void strangersAreSentToTheLoginPageAndHtmxIsToldToGoThere() {
        assertThat(mvc.get().uri("/console").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/console/queue").header("HX-Request", "true").exchange()).hasStatus(401)
                .hasHeader("HX-Redirect", "/login");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsAreRefused403() {
        assertThat(mvc.get().uri("/console").exchange()).hasStatus(403);
    }

    @Test
    @WithUserDetails("lan")
    void theQueueShowsAWaitingTicketWithTheVolunteersTeamMarked() {
        String id = open("Phường Pleiku");

        MvcTestResult queuePage = mvc.get().uri("/console/queue").header("HX-Request", "true").exchange();

        assertThat(queuePage).hasStatusOk().bodyText().contains("#" + id, "Phường Pleiku", "làm căn cước ở đâu");
        assertThat(mvc.get().uri("/console").exchange()).hasStatusOk().hasViewName("console/index");
    }

    @Test
    @WithUserDetails("lan")
    void aClaimOpensTheTicketAndATicketHeldByAnotherIsSaid() {
        String mine = open("Phường Pleiku");
        String taken = open("Phường Pleiku");
        desk.claim(taken, new Volunteer("minh", "Bạn minh", false));

        assertThat(mvc.post().uri("/console/tickets/" + mine + "/claim").with(csrf()).exchange())
                .hasRedirectedUrl("/console/tickets/" + mine);
        assertThat(mvc.get().uri("/console/tickets/" + mine).exchange()).hasStatusOk().hasViewName("console/ticket");
        assertThat(mvc.post().uri("/console/tickets/" + taken + "/claim").with(csrf()).exchange())
                .hasRedirectedUrl("/console").flash().containsEntry("problem",
                        "Tình nguyện viên khác vừa nhận yêu cầu #" + taken + ". Bạn chọn yêu cầu khác nhé.");
    }

    @Test
    @WithUserDetails("lan")
    void aFormWithoutTheCsrfTokenIsRefusedAndTheTicketStaysWaiting() {
        String id = open("Phường Pleiku");

        assertThat(mvc.post().uri("/console/tickets/" + id + "/claim").exchange()).hasStatus(403);
        assertThat(queue.find(id).orElseThrow().ticket().assignee()).isNull();
    }

    @Test
    @WithUserDetails("lan")
    void aReplyFromTheHolderReachesTheCitizenAndAnEmptyOrOverlongOneIs422ForHtmx() {
        String id = claimed();

        assertThat(reply(id, "   ")).hasStatus(422).hasContentType("text/plain;charset=UTF-8").bodyText()
                .isEqualTo("Bạn chưa nhập nội dung trả lời.");
        assertThat(reply(id, "a".repeat(4001))).hasStatus(422).bodyText().isEqualTo("Tin nhắn dài quá 4000 ký tự.");
        verify(citizen, never()).send(any(), any(), any(), anyString());

        assertThat(reply(id, "Chào chị, em là Lan.")).hasStatusOk();
        verify(citizen).send(any(), eq(Sender.VOLUNTEER), eq(Reply.info("Chào chị, em là Lan.")), eq("Bạn lan"));
    }

    @Test
    @WithUserDetails("lan")
    void withoutHtmxAReplyProblemComesBackAsAMessageOnTheTicketPage() {
        String id = claimed();

        assertThat(mvc.post().uri("/console/tickets/" + id + "/reply").with(csrf()).param("text", "").exchange())
                .hasRedirectedUrl("/console/tickets/" + id).flash()
                .containsEntry("problem", "Bạn chưa nhập nội dung trả lời.");
    }

    @Test
    @WithUserDetails("lan")
    void aReplyToATicketHeldByAnotherIsNotSent() {
        String id = open("Phường Pleiku");
        desk.claim(id, new Volunteer("minh", "Bạn minh", false));

        assertThat(reply(id, "Em trả lời giúp nhé")).hasStatus(422).bodyText().startsWith("Bạn không còn giữ yêu cầu này");
        verify(citizen, never()).send(any(), eq(Sender.VOLUNTEER), any(), anyString());
    }

    @Test
    @WithUserDetails("lan")
    void closingNeedsAResolutionAndThenHandsTheCitizenBackToTheBot() {
        String id = claimed();

        assertThat(mvc.post().uri("/console/tickets/" + id + "/close").with(csrf()).param("resolution", "done")
                .exchange()).hasRedirectedUrl("/console/tickets/" + id).flash()
                .containsEntry("problem", "Bạn chọn kết quả hỗ trợ trước khi kết thúc nhé.");
        assertThat(mvc.post().uri("/console/tickets/" + id + "/close").with(csrf()).param("resolution", "answered")
                .exchange()).hasRedirectedUrl("/console").flash().containsKey("done");
        assertThat(queue.find(id).orElseThrow().isOpen()).isFalse();
    }

    @Test
    @WithUserDetails("lan")
    void typingKeepsTheHoldersClaimAndIs409ForOthers() {
        String mine = claimed();
        String theirs = open("Phường Pleiku");
        desk.claim(theirs, new Volunteer("minh", "Bạn minh", false));

        assertThat(mvc.post().uri("/console/tickets/" + mine + "/touch").with(csrf()).exchange()).hasStatus(204);
        assertThat(mvc.post().uri("/console/tickets/" + theirs + "/touch").with(csrf()).exchange()).hasStatus(409);
    }

    @Test
    @WithUserDetails("lan")
    void anUnknownTicketIs404() {
        assertThat(mvc.get().uri("/console/tickets/424242").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/console/tickets/424242/transcript").exchange()).hasStatus(404);
        assertThat(reply("424242", "xin chào")).hasStatus(404);
    }

    @Test
    @WithUserDetails("lan")
    void aNoteMustHaveText() {
        String id = claimed();

        assertThat(mvc.post().uri("/console/tickets/" + id + "/notes").with(csrf()).header("HX-Request", "true")
                .param("text", " ").exchange()).hasStatus(422).bodyText().isEqualTo("Ghi chú cần từ 1 đến 4000 ký tự.");
        assertThat(mvc.post().uri("/console/tickets/" + id + "/notes").with(csrf()).header("HX-Request", "true")
                .param("text", "Chị hỏi thêm về lệ phí").exchange()).hasStatusOk().bodyText()
                .contains("Chị hỏi thêm về lệ phí");
    }

    @Test
    @WithUserDetails("lan")
    void readyAnswersOfATopicAreOffered() {
        assertThat(mvc.get().uri("/console/kb?topic=ho-tich").exchange()).hasStatusOk().bodyText()
                .contains("Đăng ký khai sinh");
    }

    /** A web chat citizen asks for a volunteer. */
    private String open(String commune) {
        return queue.open(new ConversationKey("webchat", UUID.randomUUID().toString()), commune, "làm căn cước ở đâu",
                StaffSecuritySlice.NOW).ticket().id();
    }

    /** A ticket lan holds. */
    private String claimed() {
        String id = open("Phường Pleiku");
        desk.claim(id, new Volunteer("lan", "Bạn lan", false));
        return id;
    }

    private MvcTestResult reply(String id, String text) {
        return mvc.post().uri("/console/tickets/" + id + "/reply").with(csrf()).header("HX-Request", "true")
                .param("text", text).exchange();
    }

    /** The console's own parts: live updates and ready answers from a one-topic catalog. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Console {

        @Bean
        ConsoleEvents consoleEvents(InMemoryHandoffQueue queue, HandoffDesk desk, Communes communes) {
            return new ConsoleEvents(queue, desk, communes);
        }

        @Bean
        ReadyAnswers readyAnswers() {
            return new ReadyAnswers(InMemoryAnswerCatalog.forChannelTests());
        }
    }
}
