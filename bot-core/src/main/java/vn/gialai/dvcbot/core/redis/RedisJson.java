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

    /**
     * The value's JSON as UTF-8 bytes, written as such: Vietnamese text made into a Java string first and encoded
     * again for Redis cost a measurable share of a turn (docs/benchmarks.md).
     */
    byte[] writeBytes(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /** The object's JSON without its opening brace, to be prefixed with fields a script fills in. */
    String writeTail(Object value) {
        return new String(writeTailBytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@link #writeTail} as UTF-8 bytes. */
    byte[] writeTailBytes(Object value) {
        byte[] json = writeBytes(value);
        if (json.length < 3 || json[0] != '{') {
            throw new IllegalStateException("Expected a non-empty JSON object");
        }
        return java.util.Arrays.copyOfRange(json, 1, json.length);
    }
}
