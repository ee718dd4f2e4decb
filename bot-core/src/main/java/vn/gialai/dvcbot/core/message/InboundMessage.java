package vn.gialai.dvcbot.core.message;

import java.time.Instant;
import java.util.Objects;
import vn.gialai.dvcbot.core.text.TypedText;

/**
 * Something a citizen did on a channel, already verified and stripped of platform types.
 *
 * @param conversation who it came from
 * @param messageId the platform's stable id for this message; retries of the same message carry the same id
 * @param kind what it is
 * @param text the text typed ({@link Kind#TEXT}), the choice id ({@link Kind#CHOICE}) or the media type
 *     ({@link Kind#MEDIA}: sticker, image, location, file, voice); empty for {@link Kind#START}
 * @param receivedAt when the channel received it
 * @param origin where the message came from when the channel knows more than the conversation (the web chat's
 *     client address, for limits per address); null for messaging platforms, whose citizens are the conversation
 */
public record InboundMessage(ConversationKey conversation, String messageId, Kind kind, String text, Instant receivedAt,
        String origin) {

    /** Text is cleaned of control and bidi characters here, once, before anything stores or shows it. */
    public InboundMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        text = TypedText.clean(text);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        if (messageId.isBlank() || messageId.length() > 200) {
            throw new IllegalArgumentException("Message id must be 1 to 200 characters");
        }
    }

    public InboundMessage(ConversationKey conversation, String messageId, Kind kind, String text, Instant receivedAt) {
        this(conversation, messageId, kind, text, receivedAt, null);
    }

    /** The same message, known to come from {@code origin} (see the record's description). */
    public InboundMessage from(String origin) {
        return new InboundMessage(conversation, messageId, kind, text, receivedAt, origin);
    }

    public static InboundMessage text(ConversationKey conversation, String messageId, String text) {
        return new InboundMessage(conversation, messageId, Kind.TEXT, text, Instant.now());
    }

    public static InboundMessage choice(ConversationKey conversation, String messageId, String choiceId) {
        return new InboundMessage(conversation, messageId, Kind.CHOICE, choiceId, Instant.now());
    }

    public static InboundMessage start(ConversationKey conversation, String messageId) {
        return new InboundMessage(conversation, messageId, Kind.START, "", Instant.now());
    }

    public static InboundMessage media(ConversationKey conversation, String messageId, String mediaType) {
        return new InboundMessage(conversation, messageId, Kind.MEDIA, mediaType, Instant.now());
    }

    public enum Kind {
        /** Free text typed by the citizen. */
        TEXT,
        /** A button or quick reply the citizen tapped; {@code text} is the choice id. */
        CHOICE,
        /** The citizen opened the chat (follow on Zalo, /start on Telegram). */
        START,
        /** A sticker, image, location, file or voice message the bot cannot read. */
        MEDIA
    }
}
