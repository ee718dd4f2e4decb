package vn.gialai.dvcbot.channels.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WireMock standing in for api.telegram.org for one bot token: what every test with the Telegram channel on needs
 * (the bot's own calls accepted, polls served, the calls made read back). Shared by the channel's tests and the
 * app's integration tests through the channels test jar.
 */
public final class TelegramBotApiStandIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server;
    private final String token;

    public TelegramBotApiStandIn(WireMockServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** A call to one Bot API method (a regular expression: {@code "(sendMessage|editMessageText)"}). */
    public MappingBuilder method(String name) {
        return post(urlMatching("(?i)/bot" + Pattern.quote(token) + "/" + name));
    }

    /**
     * Every call the bot makes on its own answers ok (sendMessage and editMessageText with a message id), and
     * long polls find nothing; tests stub what they check at a higher priority.
     */
    public void acceptEverything(String username) {
        String message = "{\"ok\":true,\"result\":{\"message_id\":777,\"date\":1764400000,"
                + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}";
        server.stubFor(method("(sendMessage|editMessageText)").atPriority(5).willReturn(okJson(message)));
        server.stubFor(method("(answerCallbackQuery|deleteWebhook|sendChatAction)").atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(method("getMe").atPriority(5).willReturn(okJson("{\"ok\":true,\"result\":{\"id\":8001,"
                + "\"is_bot\":true,\"first_name\":\"Hỏi đáp thủ tục\",\"username\":\"" + username + "\"}}")));
        server.stubFor(method("getUpdates").atPriority(9).willReturn(okJson("{\"ok\":true,\"result\":[]}")
                .withFixedDelay(100)));
    }

    /** The next long poll returns this update (JSON); later polls find nothing again. */
    public void pollOnce(String update) {
        server.stubFor(method("getUpdates").atPriority(1).inScenario("poll").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":[" + update + "]}")).willSetStateTo("served"));
        server.stubFor(method("getUpdates").atPriority(1).inScenario("poll").whenScenarioStateIs("served")
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(100)));
    }

    /** The JSON bodies of the calls to a method, in order. */
    public List<JsonNode> calls(String name) {
        return server.findAll(postRequestedFor(urlMatching("(?i)/bot" + Pattern.quote(token) + "/" + name))).stream()
                .map(LoggedRequest::getBodyAsString).map(JSON::readTree).toList();
    }

    /** The calls to a method for one chat, in order. */
    public List<JsonNode> calls(String name, String chatId) {
        return calls(name).stream().filter(body -> chatId.equals(body.path("chat_id").asString())).toList();
    }
}
