package vn.gialai.dvcbot.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.gialai.dvcbot.app.security.StaffSecuritySlice.basic;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;

/**
 * The handoff API (contracts §5) on the web layer alone (MockMvc: no server, no Redis): the app's real security
 * (HTTP Basic against in-memory accounts, roles, cross-site writes) and the real desk on the in-memory queue; what
 * reaches the citizen and the transcript stand in. The way through the whole app: HandoffApiIntegrationTests.
 */
@WebMvcTest(HandoffApiController.class)
@Import({StaffSecuritySlice.class, HandoffDeskSlice.class})
class HandoffApiControllerTests {

    private static final String TICKETS = "/api/handoff/tickets";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryHandoffQueue queue;
    @MockitoBean
    ConversationMessages citizen;
    @MockitoBean
    ConversationStore transcripts;

    @Test
    void withoutCredentialsTheAnswerIs401AskingForBasicInJson() {
        MvcTestResult result = mvc.get().uri(TICKETS).exchange();

        assertThat(result).hasStatus(401).hasHeader("WWW-Authenticate", "Basic realm=\"dvc-bot\", charset=\"UTF-8\"")
                .bodyJson().extractingPath("$.error").isEqualTo("unauthorized");
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIs401() {
        assertThat(mvc.get().uri(TICKETS).with(SecurityMockMvcRequestPostProcessors.httpBasic("lan", "wrong"))
                .exchange()).hasStatus(401);
        assertThat(mvc.get().uri(TICKETS).with(SecurityMockMvcRequestPostProcessors.httpBasic("nobody", "x"))
                .exchange()).hasStatus(401);
        assertThat(mvc.get().uri(TICKETS).with(basic("lan")).exchange()).hasStatusOk();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorIsRefused403InJson() {
        assertThat(mvc.get().uri(TICKETS).exchange()).hasStatus(403)
                .bodyJson().extractingPath("$.error").isEqualTo("forbidden");
    }

    @Test
    void adminsAndTeamLeadersMayDoWhatVolunteersDo() {
        assertThat(mvc.get().uri(TICKETS).with(basic("quantri")).exchange()).hasStatusOk();
        assertThat(mvc.get().uri(TICKETS).with(basic("doitruong")).exchange()).hasStatusOk();
    }

    @Test
    void theWaitingListShowsTheTicketAndItsTeamButNotTheChatId() {
        String session = UUID.randomUUID().toString();
        String id = open(session);

        MvcTestResult list = mvc.get().uri(TICKETS + "?status=waiting").with(basic("lan")).exchange();

        assertThat(list).hasStatusOk().bodyText().doesNotContain(session);
        assertThat(list).bodyJson().extractingPath("$[?(@.id == '" + id + "')].communeCode").asArray()
                .containsExactly("23575");
        assertThat(list).bodyJson().extractingPath("$[?(@.id == '" + id + "')].status").asArray()
                .containsExactly("waiting");
    }

    @Test
    void aVolunteerClaimsRepliesAndClosesWhileAnotherIsKeptOut() {
        String id = open(UUID.randomUUID().toString());

        assertThat(post(id + "/claim", "", "lan")).hasStatusOk().bodyJson().extractingPath("$.assignee")
                .isEqualTo("lan");
        assertThat(post(id + "/claim", "", "minh")).hasStatus(409).bodyJson().extractingPath("$.error")
                .isEqualTo("held_by_other");
        assertThat(post(id + "/messages", "{\"text\":\"Chào anh\"}", "minh")).hasStatus(403);
        assertThat(post(id + "/messages", "{\"text\":\"  Chào anh, em xem giúp nhé.  \"}", "lan")).hasStatus(202)
                .bodyJson().extractingPath("$.text").isEqualTo("Chào anh, em xem giúp nhé.");
        assertThat(post(id + "/close", "{\"resolution\":\"answered\",\"note\":\"đã chỉ chỗ nộp\"}", "lan"))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("closed");
        assertThat(post(id + "/messages", "{\"text\":\"còn gì nữa không\"}", "lan")).hasStatus(409)
                .bodyJson().extractingPath("$.error").isEqualTo("wrong_state");

        verify(citizen).send(any(), eq(Sender.VOLUNTEER), eq(Reply.info("Chào anh, em xem giúp nhé.")), eq("Bạn lan"));
    }

    @Test
    void aReleasedTicketWaitsAgainAndOnlyItsHolderMayReleaseIt() {
        String id = open(UUID.randomUUID().toString());
        post(id + "/claim", "", "lan");

        assertThat(post(id + "/release", "", "minh")).hasStatus(403);
        assertThat(post(id + "/release", "", "lan")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("waiting");
    }

    @Test
    void aTicketComesWithItsTranscript() {
        String id = open(UUID.randomUUID().toString());
        when(transcripts.transcript(any(), anyLong())).thenReturn(List.of(new TranscriptMessage(1, Sender.CITIZEN,
                StaffSecuritySlice.NOW, ReplyKind.INFO, "gặp tình nguyện viên", null, List.of(), null)));

        assertThat(mvc.get().uri(TICKETS + "/" + id).with(basic("lan")).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.transcript[0].text").isEqualTo("gặp tình nguyện viên");
    }

    @Test
    void anUnknownTicketIs404AndAnUnknownStatusIs400() {
        assertThat(mvc.get().uri(TICKETS + "/424242").with(basic("lan")).exchange()).hasStatus(404)
                .bodyJson().extractingPath("$.error").isEqualTo("unknown_ticket");
        assertThat(post("424242/claim", "", "lan")).hasStatus(404);
        assertThat(mvc.get().uri(TICKETS + "?status=maybe").with(basic("lan")).exchange()).hasStatus(400)
                .bodyJson().extractingPath("$.error").isEqualTo("bad_request");
    }

    @Test
    void anEmptyOverlongOrUnreadableReplyIs400AndNothingIsSent() {
        String id = open(UUID.randomUUID().toString());
        post(id + "/claim", "", "lan");

        for (String body : new String[] {"{\"text\":\"   \"}", "{}", "", "{\"text\": ",
                "{\"text\":\"" + "a".repeat(HandoffApiController.MAX_REPLY + 1) + "\"}"}) {
            assertThat(post(id + "/messages", body, "lan")).as(body.length() > 50 ? "overlong" : body).hasStatus(400)
                    .bodyJson().extractingPath("$.error").isEqualTo("bad_request");
        }
        verify(citizen, never()).send(any(), any(), any(), anyString());
    }

    @Test
    void closingWithoutAKnownResolutionOrWithAnOverlongNoteIs400() {
        String id = open(UUID.randomUUID().toString());
        post(id + "/claim", "", "lan");

        assertThat(post(id + "/close", "{\"resolution\":\"done\"}", "lan")).hasStatus(400);
        assertThat(post(id + "/close", "{\"resolution\":\"cancelled\"}", "lan")).hasStatus(400);
        assertThat(post(id + "/close", "", "lan")).hasStatus(400);
        assertThat(post(id + "/close", "{\"resolution\":\"answered\",\"note\":\""
                + "a".repeat(HandoffApiController.MAX_REPLY + 1) + "\"}", "lan")).hasStatus(400);
        assertThat(queue.find(id).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedEvenWithCredentialsButTheSameSiteMayWrite() {
        String id = open(UUID.randomUUID().toString());

        assertThat(mvc.post().uri(TICKETS + "/" + id + "/claim").header("Origin", "https://evil.example")
                .with(basic("lan")).exchange()).hasStatus(403).bodyJson().extractingPath("$.error")
                .isEqualTo("cross_site");
        assertThat(queue.find(id).orElseThrow().assigneeName()).isNull();
        assertThat(mvc.post().uri(TICKETS + "/" + id + "/claim").header("Origin", "http://localhost")
                .with(basic("lan")).exchange()).hasStatusOk();
    }

    @Test
    void whenRedisIsDownTheVolunteerIsAskedToTryAgainWith503() {
        String id = open(UUID.randomUUID().toString());
        when(transcripts.transcript(any(), anyLong())).thenThrow(new RedisConnectionFailureException("refused"));

        assertThat(mvc.get().uri(TICKETS + "/" + id).with(basic("lan")).exchange()).hasStatus(503)
                .bodyJson().extractingPath("$.error").isEqualTo("unavailable");
    }

    /** A web chat citizen of Phường Pleiku asks for a volunteer. */
    private String open(String session) {
        return queue.open(new ConversationKey("webchat", session), "Phường Pleiku", "làm căn cước ở đâu",
                StaffSecuritySlice.NOW).ticket().id();
    }

    private MvcTestResult post(String path, String json, String username) {
        return mvc.post().uri(TICKETS + "/" + path).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(basic(username)).exchange();
    }
}
