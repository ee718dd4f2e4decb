package vn.gialai.dvcbot.channels.zalo;

import java.io.IOException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo's OAuth v4 refresh: {@code POST /v4/oa/access_token} with the app secret in a {@code secret_key} header.
 * Every success returns a new pair and the refresh token just used stops working.
 */
final class ZaloOAuth {

    private final OkHttpClient http;
    private final HttpUrl base;
    private final JsonMapper json;
    private final String appId;
    private final String appSecret;

    ZaloOAuth(OkHttpClient http, String baseUrl, JsonMapper json, String appId, String appSecret) {
        this.http = http;
        this.base = HttpUrl.get(baseUrl);
        this.json = json;
        this.appId = appId;
        this.appSecret = appSecret;
    }

    Outcome refresh(String refreshToken) {
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v4/oa/access_token").build())
                .header("secret_key", appSecret)
                .post(new FormBody.Builder()
                        .add("refresh_token", refreshToken)
                        .add("app_id", appId)
                        .add("grant_type", "refresh_token")
                        .build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            return read(response.code(), body == null ? "" : body.string());
        } catch (IOException e) {
            return new Outcome.Unavailable("Zalo OAuth could not be reached: " + e);
        }
    }

    private Outcome read(int status, String text) {
        JsonNode root = ZaloApi.objectOrNull(json, text);
        if (root != null && !root.path("access_token").asString("").isBlank()
                && !root.path("refresh_token").asString("").isBlank()) {
            long seconds = root.path("expires_in").asLong(0);
            return new Outcome.Issued(root.path("access_token").asString(), root.path("refresh_token").asString(),
                    Duration.ofSeconds(seconds > 0 ? seconds : 3600));
        }
        if (status >= 500 || status == 429 || root == null) {
            return new Outcome.Unavailable("Zalo OAuth answered HTTP " + status + (root == null ? " without JSON" : ""));
        }
        return new Outcome.Rejected(reason(root, status));
    }

    private static String reason(JsonNode root, int status) {
        StringBuilder reason = new StringBuilder("Zalo refused the refresh token");
        for (String field : new String[] {"error", "error_name", "error_reason", "error_description", "message"}) {
            String value = root.path(field).asString("");
            if (!value.isBlank()) {
                reason.append("; ").append(field).append('=').append(value.length() > 200 ? value.substring(0, 200) : value);
            }
        }
        return reason.append(" (HTTP ").append(status).append(')').toString();
    }

    sealed interface Outcome {
        /** A new pair; the refresh token used is now spent. */
        record Issued(String accessToken, String refreshToken, Duration expiresIn) implements Outcome {
        }

        /** Zalo said no: the refresh token (or the app secret) is wrong, expired or already used. */
        record Rejected(String reason) implements Outcome {
        }

        /** No usable answer (network, 5xx): try again later with the same refresh token. */
        record Unavailable(String reason) implements Outcome {
        }
    }
}
