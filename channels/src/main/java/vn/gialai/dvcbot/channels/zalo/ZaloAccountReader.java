package vn.gialai.dvcbot.channels.zalo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Asks Zalo for the OA's profile and a user's quota with the channel's current access token. */
final class ZaloAccountReader implements ZaloAccount {

    private final ZaloApi api;
    private final TokenSource tokens;

    /** Where the access token comes from: the channel's tokens, or what the smoke test found. */
    interface TokenSource {
        String accessToken() throws TokenUnavailable;
    }

    ZaloAccountReader(ZaloApi api, TokenSource tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @Override
    public Reading profile() {
        return read(api::oaProfile, data -> {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("name", data.path("name").asString(""));
            facts.put("oaId", data.path("oa_id").asString(""));
            facts.put("verified", data.path("is_verified").asString(""));
            facts.put("package", data.path("package_name").asString(""));
            facts.put("followers", data.path("num_follower").asString(""));
            return facts;
        });
    }

    @Override
    public Reading quota(String userId) {
        return read(token -> api.messageQuota(token, userId), data -> {
            Map<String, String> facts = new LinkedHashMap<>();
            JsonNode replies = data.path("cs_reply");
            facts.put("freeRepliesRemaining", replies.path("remain").asString(""));
            facts.put("freeRepliesTotal", replies.path("total").asString(""));
            facts.put("lastInteraction", data.path("last_interaction").asString(""));
            return facts;
        });
    }

    private Reading read(Function<String, ZaloApi.Answer> call, Function<JsonNode, Map<String, String>> facts) {
        try {
            ZaloApi.Answer answer = call.apply(tokens.accessToken());
            if (!answer.ok() || answer.data() == null || !answer.data().isObject()) {
                return Reading.failed(answer.describe());
            }
            return Reading.of(facts.apply(answer.data()));
        } catch (TokenUnavailable e) {
            return Reading.failed("no Zalo access token: " + e.getMessage());
        }
    }
}
