package vn.gialai.dvcbot.channels.webchat;

import java.util.List;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.TranscriptMessage;

/** The JSON bodies of the web chat API (contracts §4). */
final class WebChatApi {

    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 200;

    private WebChatApi() {
    }

    record SessionCreated(String sessionId) {
    }

    /**
     * What the citizen sends: either {@code text} or {@code choice}. {@code messageId} is optional; a browser
     * that retries a request sends the same one so the message is not handled twice.
     */
    record MessageRequest(String text, String choice, String messageId) {
    }

    record Replies(List<Reply> replies) {
    }

    record Messages(List<TranscriptMessage> messages) {
    }

    /** An error as JSON: a stable code for programs and a Vietnamese message a page can show. */
    record Error(String error, String message) {
    }
}
