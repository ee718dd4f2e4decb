package vn.gialai.dvcbot.core.redis;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of everything the core stores; unknown fields are ignored so older instances can read newer data. */
final class RedisJson {

    private final JsonMapper mapper;

    RedisJson() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** The object's JSON without its opening brace, to be prefixed with fields a script fills in. */
    String writeTail(Object value) {
        String json = write(value);
        if (!json.startsWith("{") || json.length() < 3) {
            throw new IllegalStateException("Expected a non-empty JSON object");
        }
        return json.substring(1);
    }
}
