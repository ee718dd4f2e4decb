package vn.gialai.dvcbot.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.conversation.ReplySplitter;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * Turns a reply into Telegram messages: text split at Telegram's 4,096 characters, choices as an inline
 * keyboard (one button per row, long labels are fine there) under the last part. Button data is the choice id
 * when it fits Telegram's 64 bytes; a longer id is kept in Redis behind a short hash.
 */
final class TelegramReplies {

    static final int MAX_TEXT = 4096;
    static final int MAX_CALLBACK_BYTES = 64;
    static final String HASHED = "h:";

    private final ReplySplitter splitter = new ReplySplitter(MAX_TEXT);
    private final RedisTelegramStore store;
    private final Supplier<BotTexts> texts;

    /** Replies in the code's default words (tests). */
    TelegramReplies(RedisTelegramStore store) {
        this(store, () -> BotTexts.DEFAULTS);
    }

    /** @param texts the bot's words as published now: the line over buttons that come without text is one */
    TelegramReplies(RedisTelegramStore store, Supplier<BotTexts> texts) {
        this.store = store;
        this.texts = texts;
    }

    record Outgoing(String text, List<List<TelegramApi.Button>> keyboard) {
    }

    List<Outgoing> render(Reply reply) {
        List<String> parts = reply.text().isBlank() ? List.of() : splitter.splitText(reply.text().strip());
        if (parts.isEmpty() && reply.choices().isEmpty()) {
            return List.of();
        }
        if (parts.isEmpty()) {
            parts = List.of(texts.get().get(BotText.PICK_BELOW));
        }
        List<Outgoing> messages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            messages.add(new Outgoing(parts.get(i), last ? keyboard(reply.choices()) : List.of()));
        }
        return messages;
    }

    private List<List<TelegramApi.Button>> keyboard(List<Choice> choices) {
        return choices.stream().map(c -> List.of(new TelegramApi.Button(c.label(), data(c.id())))).toList();
    }

    /** The button data for a choice id: itself when it fits, else a stored hash. */
    String data(String choiceId) {
        if (choiceId.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES && !choiceId.startsWith(HASHED)) {
            return choiceId;
        }
        String data = HASHED + hash(choiceId);
        store.rememberChoice(data, choiceId);
        return data;
    }

    /** The choice id behind button data; empty when a hashed one has expired. */
    java.util.Optional<String> choiceOf(String data) {
        return data.startsWith(HASHED) ? store.choice(data) : java.util.Optional.of(data);
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
