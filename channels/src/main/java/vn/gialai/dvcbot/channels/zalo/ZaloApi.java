package vn.gialai.dvcbot.channels.zalo;

import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few OA Open API calls the bot makes. The token goes in a bare {@code access_token} header; Zalo reports
 * most errors as {@code {"error": <negative>, "message": …}} with HTTP 200, so every answer is read.
 */
final class ZaloApi {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final JsonMapper json;

    ZaloApi(OkHttpClient http, String baseUrl, JsonMapper json) {
        this.http = http;
        this.base = HttpUrl.get(baseUrl);
        this.json = json;
    }

    /** Sends a consultation message ({@code POST /v3.0/oa/message/cs}). */
    Answer sendConsultation(String accessToken, ObjectNode body) {
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v3.0/oa/message/cs").build())
                .header("access_token", accessToken)
                .post(RequestBody.create(json.writeValueAsString(body), JSON_TYPE))
                .build();
        return call(request);
    }

    /** The citizen's profile ({@code GET /v3.0/oa/user/detail?data={"user_id":…}}). */
    Answer userDetail(String accessToken, String userId) {
        ObjectNode data = json.createObjectNode().put("user_id", userId);
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v3.0/oa/user/detail")
                        .addQueryParameter("data", json.writeValueAsString(data)).build())
                .header("access_token", accessToken)
                .get()
                .build();
        return call(request);
    }

    /** The OA's own profile ({@code GET /v2.0/oa/getoa}): name, id, verified, package. */
    Answer oaProfile(String accessToken) {
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v2.0/oa/getoa").build())
                .header("access_token", accessToken)
                .get()
                .build();
        return call(request);
    }

    /**
     * What Zalo still lets the OA send this user ({@code POST /v3.0/oa/quota/message}, research notes §2.4:
     * {@code data.cs_reply.remain/total}, {@code data.last_interaction}); not every OA package answers it.
     */
    Answer messageQuota(String accessToken, String userId) {
        ObjectNode body = json.createObjectNode().put("user_id", userId);
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v3.0/oa/quota/message").build())
                .header("access_token", accessToken)
                .post(RequestBody.create(json.writeValueAsString(body), JSON_TYPE))
                .build();
        return call(request);
    }

    private Answer call(Request request) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            Duration retryAfter = retryAfter(response.header("Retry-After"));
            JsonNode parsed = objectOrNull(json, text);
            if (parsed == null || !parsed.has("error")) {
                return new Answer(response.code(), response.isSuccessful() ? Answer.UNREADABLE : Answer.NO_CODE,
                        "HTTP " + response.code() + (parsed == null ? " with an unreadable body" : ""), null, retryAfter);
            }
            return new Answer(response.code(), parsed.path("error").asInt(Answer.UNREADABLE),
                    parsed.path("message").asString(""), parsed.path("data"), retryAfter);
        } catch (IOException e) {
            return new Answer(0, Answer.NO_CODE, "network: " + e, null, Duration.ZERO);
        }
    }

    /** The text as a JSON object, or null when it is not one. */
    static JsonNode objectOrNull(JsonMapper json, String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    /**
     * What Zalo answered.
     *
     * @param httpStatus 0 when no answer arrived
     * @param error Zalo's code: 0 is success; {@link #NO_CODE} when the answer carried none (network, 5xx page)
     */
    record Answer(int httpStatus, int error, String message, JsonNode data, Duration retryAfter) {

        static final int NO_CODE = Integer.MIN_VALUE;
        static final int UNREADABLE = Integer.MIN_VALUE + 1;

        boolean ok() {
            return error == 0 && httpStatus >= 200 && httpStatus < 300;
        }

        String describe() {
            String code = error == NO_CODE || error == UNREADABLE ? "" : "Zalo error " + error + " ";
            return (code + "(" + message + ", HTTP " + httpStatus + ")").strip();
        }
    }
}
