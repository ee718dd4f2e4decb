package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real-shaped Zalo payloads (src/test/resources/zalo), signed as Zalo signs them, and the stubbed Zalo servers. */
final class ZaloFixtures {

    static final String APP_ID = "2553928453557884079";
    static final String APP_SECRET = "app-secret-for-tests";
    static final String OA_SECRET_KEY = "oa-secret-key-for-tests";
    static final String FIRST_REFRESH_TOKEN = "first-refresh-token";
    static final String USER = "6142494823123456789";
    static final String SEND = "/v3.0/oa/message/cs";
    static final String REFRESH = "/v4/oa/access_token";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ZaloFixtures() {
    }

    /** The fixture with its timestamp set to {@code epochMillis}, as Zalo would send it now. */
    static String event(String name, long epochMillis) {
        return raw(name).replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":\"" + epochMillis + "\"");
    }

    static String event(String name) {
        return event(name, System.currentTimeMillis());
    }

    static String raw(String name) {
        try (InputStream in = ZaloFixtures.class.getResourceAsStream("/zalo/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The X-ZEvent-Signature header Zalo sends with this body. */
    static String signature(String body) {
        String timestamp = JSON.readTree(body).path("timestamp").asString();
        return new ZaloSignature(OA_SECRET_KEY).sign(APP_ID, body.getBytes(StandardCharsets.UTF_8), timestamp);
    }

    static void acceptSends(WireMockServer zalo) {
        zalo.stubFor(post(urlPathEqualTo(SEND)).atPriority(10).willReturn(okJson(
                "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\",\"user_id\":\"" + USER + "\"}}")));
    }

    /** Sends with {@code token} are refused as expired (-216). */
    static void rejectToken(WireMockServer zalo, String token) {
        zalo.stubFor(post(urlPathEqualTo(SEND)).atPriority(1).withHeader("access_token", equalTo(token))
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
    }

    /** The refresh with {@code refreshToken} gives {@code access} and {@code next}. */
    static void issueTokens(WireMockServer zalo, String refreshToken, String access, String next) {
        zalo.stubFor(post(urlPathEqualTo(REFRESH))
                .withRequestBody(containing("refresh_token=" + refreshToken))
                .willReturn(okJson("{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + next
                        + "\",\"expires_in\":\"90000\"}")));
    }

    static ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The consultation messages Zalo received, as JSON bodies. */
    static List<JsonNode> sent(WireMockServer zalo) {
        return zalo.findAll(postRequestedFor(urlPathEqualTo(SEND)))
                .stream().map(LoggedRequest::getBodyAsString).map(JSON::readTree).toList();
    }

    /** The answer to "menu", which tests send as a marker after the messages they check. */
    static boolean isMarkerAnswer(JsonNode message) {
        return message.path("message").path("text").asString().startsWith("Bà con chọn một chủ đề");
    }

    /** Messages Zalo accepted: sends with a token it did not reject. */
    static List<JsonNode> delivered(WireMockServer zalo, String rejectedToken) {
        return zalo.findAll(postRequestedFor(urlPathEqualTo(SEND)))
                .stream().filter(r -> !rejectedToken.equals(r.getHeader("access_token")))
                .map(LoggedRequest::getBodyAsString).map(JSON::readTree).toList();
    }

    static int refreshCalls(WireMockServer zalo) {
        return zalo.findAll(postRequestedFor(urlPathEqualTo(REFRESH))).size();
    }
}
