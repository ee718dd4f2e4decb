package vn.gialai.dvcbot.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a citizen did on a channel, already verified and stripped of platform types.
 *
 * @param conversation who it came from
 * @param messageId the platform's stable id for this message; retries of the same message carry the same id
 * @param kind what it is
 * @param text the text typed ({@link Kind#TEXT}), the choice id ({@link Kind#CHOICE}) or the media type
 *     ({@link Kind#MEDIA}: sticker, image, location, file, voice); empty for {@link Kind#START}
 * @param receivedAt when the channel received it
 */
public record InboundMessage(ConversationKey conversation, String messageId, Kind kind, String text, Instant receivedAt) {

    public InboundMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        if (messageId.isBlank() || messageId.length() > 200) {
            throw new IllegalArgumentException("Message id must be 1 to 200 characters");
        }
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
