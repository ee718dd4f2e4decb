package vn.gialai.dvcbot.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;

/**
 * What the web chat API answers to bad requests and outages, on the web layer alone (MockMvc: no server, no
 * Redis); the engine and the conversation store stand in. The way through a real app is in bot-app's
 * WebChatApiIntegrationTests.
 */
@WebMvcTest(WebChatController.class)
@ContextConfiguration(classes = {WebChatController.class, WebChatErrors.class, WebChatControllerTests.Sessions.class})
class WebChatControllerTests {

    private static final String SESSION = "Abcdefghijklmnopqrstuvwxyz012345";
    private static final String MESSAGES = "/api/webchat/sessions/" + SESSION + "/messages";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ConversationStore store;
    @MockitoBean
    ConversationEngine engine;

    @BeforeEach
    void theSessionExists() {
        when(store.exists(new ConversationKey(WebChatSessions.CHANNEL, SESSION))).thenReturn(true);
    }

    @Test
    void aMessageGoesToTheEngineWithItsIdAndItsRepliesComeBack() {
        when(engine.handle(any())).thenReturn(List.of(Reply.info("Chào bà con!")));

        MvcTestResult result = post(MESSAGES, "{\"text\":\"làm căn cước ở đâu\",\"messageId\":\"m-1\"}");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.replies[0].text").isEqualTo("Chào bà con!");
        ArgumentCaptor<InboundMessage> handled = ArgumentCaptor.forClass(InboundMessage.class);
        verify(engine).handle(handled.capture());
        assertThat(handled.getValue().conversation()).isEqualTo(new ConversationKey("webchat", SESSION));
        assertThat(handled.getValue().messageId()).isEqualTo("web-m-1");
        assertThat(handled.getValue().text()).isEqualTo("làm căn cước ở đâu");
    }

    @Test
    void anUnknownOrMalformedSessionIs404WithAJsonError() {
        MvcTestResult unknown = post("/api/webchat/sessions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/messages",
                "{\"text\":\"xin chào\"}");
        MvcTestResult malformed = mvc.get().uri("/api/webchat/sessions/not-a-session/messages").exchange();

        assertThat(unknown).hasStatus(404).bodyJson().extractingPath("$.error").isEqualTo("unknown_session");
        assertThat(malformed).hasStatus(404).bodyJson().extractingPath("$.error").isEqualTo("unknown_session");
        verify(engine, never()).handle(any());
    }

    @Test
    void malformedJsonIs400WithAJsonError() {
        MvcTestResult result = post(MESSAGES, "{\"text\": ");

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.error").isEqualTo("bad_request");
        assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith("Tin nhắn không đọc được.");
    }

    @Test
    void aMessageWithNeitherOrBothTextAndChoiceIs400() {
        assertThat(post(MESSAGES, "{}")).hasStatus(400);
        assertThat(post(MESSAGES, "[1,2]")).hasStatus(400);
        assertThat(post(MESSAGES, "{\"text\":\"1\",\"choice\":\"menu\"}")).hasStatus(400)
                .bodyJson().extractingPath("$.message").asString().contains("Send either");
        verify(engine, never()).handle(any());
    }

    @Test
    void textOver2000CharactersIs400InVietnameseAndNeverReachesTheEngine() {
        MvcTestResult result = post(MESSAGES, "{\"text\":\"" + "a".repeat(2001) + "\"}");

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.message").asString()
                .startsWith("Tin nhắn dài quá 2.000 ký tự.");
        verify(engine, never()).handle(any());
    }

    @Test
    void anOverlongMessageIdOrChoiceIs400() {
        assertThat(post(MESSAGES, "{\"text\":\"chào\",\"messageId\":\"" + "x".repeat(201) + "\"}")).hasStatus(400);
        assertThat(post(MESSAGES, "{\"text\":\"chào\",\"messageId\":\" \"}")).hasStatus(400);
        assertThat(post(MESSAGES, "{\"choice\":\"" + "x".repeat(201) + "\"}")).hasStatus(400);
        verify(engine, never()).handle(any());
    }

    @Test
    void whenRedisIsDownTheCitizenIsAskedToTryAgainWith503() {
        when(engine.handle(any())).thenThrow(new RedisConnectionFailureException("connection refused"));

        MvcTestResult result = post(MESSAGES, "{\"text\":\"chào\"}");

        assertThat(result).hasStatus(503).bodyJson().extractingPath("$.error").isEqualTo("unavailable");
        assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith("Hệ thống đang tạm gián đoạn.");
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    /** The real session rules, on the stand-in store. */
    @Configuration(proxyBeanMethods = false)
    static class Sessions {
        @Bean
        WebChatSessions webChatSessions(ConversationStore store) {
            return new WebChatSessions(store);
        }
    }
}
