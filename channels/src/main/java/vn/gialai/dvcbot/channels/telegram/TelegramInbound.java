package vn.gialai.dvcbot.channels.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * Turns a Telegram update into what the engine understands. Commands: /start greets, /menu and /help show
 * the topics, /volunteer asks for a person. A tapped button is a choice. Photos, stickers, voice, files and
 * locations become media (the engine answers them politely). In a group the bot listens only when addressed:
 * a command, its @username, or a reply to one of its messages. The update id is the message id, so a
 * repeated update is recognised as such.
 */
final class TelegramInbound {

    static final String HANDOFF_CHOICE = "handoff";

    private final Supplier<String> botUsername;
    private final TelegramReplies replies;

    TelegramInbound(Supplier<String> botUsername, TelegramReplies replies) {
        this.botUsername = botUsername;
        this.replies = replies;
    }

    /** What to do with an update: a message for the engine, a callback to answer, or neither. */
    record Incoming(Optional<InboundMessage> message, String callbackQueryId) {

        static Incoming ignored() {
            return new Incoming(Optional.empty(), null);
        }
    }

    Incoming read(Update update) {
        String id = "tg-" + update.getUpdateId();
        if (update.hasCallbackQuery()) {
            return callback(id, update.getCallbackQuery());
        }
        Message message = update.getMessage();
        if (message == null || message.getChat() == null) {
            return Incoming.ignored();
        }
        ConversationKey key = key(message.getChatId());
        boolean group = !Boolean.TRUE.equals(message.getChat().isUserChat());
        if (message.getText() != null) {
            return new Incoming(text(key, id, message, group), null);
        }
        String media = mediaType(message);
        if (media == null || group && !addressed(message, "")) {
            return Incoming.ignored();
        }
        return new Incoming(Optional.of(InboundMessage.media(key, id, media)), null);
    }

    static ConversationKey key(Long chatId) {
        return new ConversationKey(TelegramSettings.CHANNEL, String.valueOf(chatId));
    }

    private Incoming callback(String id, CallbackQuery query) {
        if (query.getMessage() == null || query.getData() == null) {
            return new Incoming(Optional.empty(), query.getId());
        }
        ConversationKey key = key(query.getMessage().getChatId());
        Optional<InboundMessage> choice = replies.choiceOf(query.getData()).map(c -> InboundMessage.choice(key, id, c));
        return new Incoming(choice, query.getId());
    }

    private Optional<InboundMessage> text(ConversationKey key, String id, Message message, boolean group) {
        String text = message.getText().strip();
        if (text.startsWith("/")) {
            return command(key, id, text, group);
        }
        if (group && !addressed(message, text)) {
            return Optional.empty();
        }
        return Optional.of(InboundMessage.text(key, id, group ? withoutMention(text) : text));
    }

    /** "/start", "/menu@GiaLaiDvcBot"… Commands meant for another bot in a group are not ours. */
    private Optional<InboundMessage> command(ConversationKey key, String id, String text, boolean group) {
        String word = text.split("\\s+", 2)[0].substring(1);
        int at = word.indexOf('@');
        if (at >= 0) {
            String target = word.substring(at + 1);
            if (!target.equalsIgnoreCase(botUsername.get())) {
                return Optional.empty();
            }
            word = word.substring(0, at);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "start" -> Optional.of(InboundMessage.start(key, id));
            case "menu" -> Optional.of(InboundMessage.text(key, id, "menu"));
            case "help", "huongdan" -> Optional.of(InboundMessage.text(key, id, "hướng dẫn"));
            case "volunteer", "tinhnguyenvien" -> Optional.of(InboundMessage.choice(key, id, HANDOFF_CHOICE));
            default -> group ? Optional.empty() : Optional.of(InboundMessage.text(key, id, "menu"));
        };
    }

    private boolean addressed(Message message, String text) {
        String name = botUsername.get();
        boolean mentioned = !name.isEmpty() && text.toLowerCase(Locale.ROOT).contains("@" + name.toLowerCase(Locale.ROOT));
        Message repliedTo = message.getReplyToMessage();
        boolean replyToBot = repliedTo != null && repliedTo.getFrom() != null
                && Boolean.TRUE.equals(repliedTo.getFrom().getIsBot())
                && name.equalsIgnoreCase(String.valueOf(repliedTo.getFrom().getUserName()));
        return mentioned || replyToBot;
    }

    private String withoutMention(String text) {
        String name = botUsername.get();
        return name.isEmpty() ? text : text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(name), "").strip();
    }

    private static String mediaType(Message message) {
        if (message.getPhoto() != null && !message.getPhoto().isEmpty()) {
            return "image";
        }
        if (message.getSticker() != null || message.getAnimation() != null) {
            return "sticker";
        }
        if (message.getVoice() != null || message.getAudio() != null || message.getVideoNote() != null) {
            return "voice";
        }
        if (message.getLocation() != null) {
            return "location";
        }
        if (message.getVideo() != null) {
            return "video";
        }
        if (message.getDocument() != null || message.getContact() != null) {
            return "file";
        }
        return null;
    }
}
