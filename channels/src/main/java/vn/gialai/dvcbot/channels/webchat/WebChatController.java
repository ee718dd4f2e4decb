package vn.gialai.dvcbot.channels.webchat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.text.TypedText;

/** The citizen side of the web chat (contracts §4). */
@RestController
@RequestMapping("/api/webchat/sessions")
class WebChatController {

    private final WebChatSessions sessions;
    private final ConversationEngine engine;
    private final ConversationStore store;

    WebChatController(WebChatSessions sessions, ConversationEngine engine, ConversationStore store) {
        this.sessions = sessions;
        this.engine = engine;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebChatApi.SessionCreated create() {
        String sessionId = sessions.create();
        engine.handle(InboundMessage.start(new ConversationKey(WebChatSessions.CHANNEL, sessionId), "web-start"));
        return new WebChatApi.SessionCreated(sessionId);
    }

    @PostMapping("/{sessionId}/messages")
    WebChatApi.Replies send(@PathVariable String sessionId, @RequestBody WebChatApi.MessageRequest request,
            HttpServletRequest http) {
        ConversationKey key = sessions.find(sessionId);
        return new WebChatApi.Replies(engine.handle(toInbound(key, request).from(http.getRemoteAddr())));
    }

    @GetMapping("/{sessionId}/messages")
    WebChatApi.Messages messages(@PathVariable String sessionId, @RequestParam(defaultValue = "0") long after) {
        ConversationKey key = sessions.find(sessionId);
        return new WebChatApi.Messages(store.transcript(key, Math.max(0, after)));
    }

    static InboundMessage toInbound(ConversationKey key, WebChatApi.MessageRequest request) {
        if (request == null || (request.text() == null) == (request.choice() == null)) {
            throw new BadMessageException("Send either \"text\" or \"choice\".");
        }
        String messageId = request.messageId() == null ? UUID.randomUUID().toString() : request.messageId();
        if (messageId.isBlank() || messageId.length() > WebChatApi.MAX_ID) {
            throw new BadMessageException("\"messageId\" must have 1 to " + WebChatApi.MAX_ID + " characters.");
        }
        String id = "web-" + messageId;
        if (request.choice() != null) {
            if (request.choice().isBlank() || request.choice().length() > WebChatApi.MAX_ID) {
                throw new BadMessageException("\"choice\" must have 1 to " + WebChatApi.MAX_ID + " characters.");
            }
            return InboundMessage.choice(key, id, request.choice());
        }
        if (TypedText.length(TypedText.clean(request.text())) > WebChatApi.MAX_TEXT) {
            throw new BadMessageException("\"text\" is longer than " + WebChatApi.MAX_TEXT + " characters.");
        }
        return InboundMessage.text(key, id, request.text());
    }

    static final class BadMessageException extends RuntimeException {
        BadMessageException(String message) {
            super(message, null, false, false);
        }
    }
}
