package vn.gialai.dvcbot.core.message;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one conversation: the channel (webchat, zalo, telegram) and the chat id on that channel.
 * Both parts are restricted to characters that are safe inside Redis keys and hash tags.
 */
public record ConversationKey(String channel, String chatId) {

    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_.@=-]{1,128}");

    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Channel name must be lower-case letters, digits or '-': " + channel);
        }
        if (!CHAT_ID.matcher(chatId).matches()) {
            throw new IllegalArgumentException("Chat id has characters that are not allowed (letters, digits, _.@=- only)");
        }
    }

    /** Parses the form produced by {@link #id()}. */
    public static ConversationKey parse(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Conversation id must look like channel:chatId");
        }
        return new ConversationKey(id.substring(0, colon), id.substring(colon + 1));
    }

    /** A stable string form, {@code channel:chatId}. */
    public String id() {
        return channel + ":" + chatId;
    }

    @Override
    public String toString() {
        return id();
    }
}
