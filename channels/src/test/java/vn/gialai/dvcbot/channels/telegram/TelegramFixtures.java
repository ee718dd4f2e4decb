package vn.gialai.dvcbot.channels.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.channels.testing.TelegramBotApiStandIn;

/** Real update payloads (src/test/resources/telegram) and a WireMock standing in for api.telegram.org. */
final class TelegramFixtures {

    static final String TOKEN = "123456:TEST-token_for-WireMock";
    static final String USERNAME = "GiaLaiDvcBot";
    static final String VOLUNTEER_GROUP = "-1009876543210";
    private static final AtomicInteger NEXT_ID = new AtomicInteger(500_000);
    private static final ObjectMapper JACKSON2 = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TelegramFixtures() {
    }

    static String json(String name) {
        try (InputStream in = TelegramFixtures.class.getResourceAsStream("/telegram/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Update update(String json) {
        try {
            return JACKSON2.readValue(json, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture with a fresh update id and chat, so tests sharing Redis never see each other's conversations. */
    static Fresh fresh(String name) {
        int updateId = NEXT_ID.incrementAndGet();
        long chat = 7_000_000L + updateId;
        String json = json(name).replaceFirst("\"update_id\": \\d+", "\"update_id\": " + updateId)
                .replace("7001", Long.toString(chat)).replace("7003", Long.toString(chat));
        return new Fresh(updateId, Long.toString(chat), json);
    }

    /**
     * "menu" from the sender and chat of a text message, with a fresh update id: tests send it as a marker after
     * the messages they check (see {@link #sentBeforeMarker}).
     */
    static Fresh markerAfter(Fresh textMessage) {
        int updateId = NEXT_ID.incrementAndGet();
        String json = textMessage.json().replaceFirst("\"update_id\": \\d+", "\"update_id\": " + updateId)
                .replaceFirst("\"message_id\": \\d+", "\"message_id\": " + updateId)
                .replaceFirst("\"text\": \"(@\\w+ )?[^\"]*\"", "\"text\": \"$1menu\"");
        return new Fresh(updateId, textMessage.chatId(), json);
    }

    /**
     * Waits until the chat is sent the answer to a marker and returns what it was sent before. One conversation
     * is handled and delivered in order, so every earlier message has been answered or dropped by then.
     */
    static List<JsonNode> sentBeforeMarker(WireMockServer telegram, String chatId) {
        List<JsonNode> sent = await("the answer to the marker").atMost(Duration.ofSeconds(20))
                .until(() -> sentTo(telegram, chatId), list -> !list.isEmpty()
                        && list.get(list.size() - 1).path("text").asString().startsWith("Bà con chọn một chủ đề"));
        return sent.subList(0, sent.size() - 1);
    }

    record Fresh(int updateId, String chatId, String json) {
    }

    /** The fixture as the next update of the same chat, its text or callback data replaced. */
    static Fresh next(Fresh previous, String name, String field, String value) {
        int updateId = NEXT_ID.incrementAndGet();
        String json = json(name).replaceFirst("\"update_id\": \\d+", "\"update_id\": " + updateId)
                .replace("7001", previous.chatId()).replace("7003", previous.chatId())
                .replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"" + value + "\"");
        return new Fresh(updateId, previous.chatId(), json);
    }

    /** The fixture as a new chat's update, its text replaced. */
    static Fresh saying(String text) {
        Fresh fresh = fresh("private_text");
        return new Fresh(fresh.updateId(), fresh.chatId(),
                fresh.json().replace("làm giấy khai sinh cho con ở đâu", text));
    }

    static MappingBuilder method(String name) {
        return new TelegramBotApiStandIn(null, TOKEN).method(name);
    }

    /** Every method answers ok; sendMessage with a message id. */
    static void acceptEverything(WireMockServer telegram) {
        api(telegram).acceptEverything(USERNAME);
    }

    static TelegramBotApiStandIn api(WireMockServer telegram) {
        return new TelegramBotApiStandIn(telegram, TOKEN);
    }

    static void failSends(WireMockServer telegram, int status) {
        telegram.stubFor(method("sendMessage").atPriority(1).willReturn(aResponse().withStatus(status)
                .withBody("<html>Bad Gateway</html>")));
    }

    /** The JSON bodies of the calls to a Bot API method, in order. */
    static List<JsonNode> calls(WireMockServer telegram, String name) {
        return api(telegram).calls(name);
    }

    static List<JsonNode> sentTo(WireMockServer telegram, String chatId) {
        return calls(telegram, "sendMessage").stream().filter(m -> m.path("chat_id").asString().equals(chatId)).toList();
    }
}
