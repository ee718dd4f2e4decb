package vn.gialai.dvcbot.channels.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The few Bot API calls the channel makes, with Telegram's answers turned into an {@link Answer}: the library
 * throws for every refusal and for network trouble alike, and the channel needs to tell them apart.
 */
class TelegramApi {

    private final TelegramClient client;

    TelegramApi(String token, String apiBaseUrl) {
        this.client = new OkHttpTelegramClient(token, url(apiBaseUrl));
    }

    static TelegramUrl url(String apiBaseUrl) {
        URI uri = URI.create(apiBaseUrl.strip());
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** A button: its label and the data Telegram sends back when tapped (1–64 bytes). */
    record Button(String label, String data) {
    }

    /** What Telegram said: ok with the message id, or the error code, {@code retry_after} and description. */
    record Answer(boolean ok, Integer messageId, int errorCode, Duration retryAfter, String description) {

        static Answer failed(Exception e) {
            if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null) {
                Integer retry = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
                return new Answer(false, null, refused.getErrorCode(),
                        Duration.ofSeconds(retry == null ? 0 : retry), String.valueOf(refused.getApiResponse()));
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(false, null, 0, Duration.ZERO, cause.toString());
        }

        /** Telegram answered "no" for good (not a network problem or a rate limit). */
        boolean refused() {
            return !ok && errorCode >= 400 && errorCode < 500 && errorCode != 429;
        }
    }

    Answer sendMessage(String chatId, String text, List<List<Button>> keyboard) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(text);
        if (!keyboard.isEmpty()) {
            message.replyMarkup(markup(keyboard));
        }
        return send(message.build());
    }

    Answer editMessageText(String chatId, int messageId, String text) {
        try {
            client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).build());
            return new Answer(true, messageId, 0, Duration.ZERO, "");
        } catch (TelegramApiException e) {
            return Answer.failed(e);
        }
    }

    Answer answerCallback(String callbackQueryId) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
            return new Answer(true, null, 0, Duration.ZERO, "");
        } catch (TelegramApiException e) {
            return Answer.failed(e);
        }
    }

    /** The bot's @username, or empty when Telegram cannot be asked right now. */
    String username() {
        try {
            String name = client.execute(new GetMe()).getUserName();
            return name == null ? "" : name;
        } catch (TelegramApiException e) {
            return "";
        }
    }

    /** Asks Telegram who the bot is: a refusal (401, 404) means the token no longer works. */
    Answer checkToken() {
        try {
            client.execute(new GetMe());
            return new Answer(true, null, 0, Duration.ZERO, "");
        } catch (TelegramApiException e) {
            return Answer.failed(e);
        }
    }

    /** Who the bot is ({@code getMe}), as "@username (id N)", or the failure. */
    Result<String> whoAmI() {
        try {
            var me = client.execute(new GetMe());
            return Result.of("@" + me.getUserName() + " (id " + me.getId() + ", \"" + me.getFirstName() + "\")");
        } catch (TelegramApiException e) {
            return Result.failed(Answer.failed(e));
        }
    }

    /** Where Telegram sends updates ({@code getWebhookInfo}), or the failure. */
    Result<WebhookInfo> webhookInfo() {
        try {
            return Result.of(client.execute(new GetWebhookInfo()));
        } catch (TelegramApiException e) {
            return Result.failed(Answer.failed(e));
        }
    }

    /** A value Telegram gave, or its refusal. */
    record Result<T>(T value, Answer failure) {

        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> failed(Answer failure) {
            return new Result<>(null, failure);
        }

        boolean ok() {
            return failure == null;
        }
    }

    Answer setWebhook(String url, String secret) {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret)
                    .allowedUpdates(List.of("message", "callback_query")).build());
            return new Answer(true, null, 0, Duration.ZERO, "");
        } catch (TelegramApiException e) {
            return Answer.failed(e);
        }
    }

    private Answer send(SendMessage message) {
        try {
            Message sent = client.execute(message);
            return new Answer(true, sent == null ? null : sent.getMessageId(), 0, Duration.ZERO, "");
        } catch (TelegramApiException e) {
            return Answer.failed(e);
        }
    }

    private static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
        List<InlineKeyboardRow> rows = keyboard.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                .toList())).toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
