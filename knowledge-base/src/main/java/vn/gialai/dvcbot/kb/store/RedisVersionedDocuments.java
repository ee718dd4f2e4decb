package vn.gialai.dvcbot.kb.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.kb.content.ContentLoader;

/**
 * Versioned documents of one kind in Redis, all in one hash slot: {@code <ns>v:<id>} hash version → JSON
 * ({@code author}, {@code at}, {@code action} and the document under {@code field}), {@code <ns>heads} id → newest
 * version, {@code <ns>live} id → live version, {@code <ns>revision} counter. A save names the version it was based
 * on; publishing sets the live version and announces the new revision on a pub/sub channel, in one script. The
 * knowledge-base entries and the one-stop desks are kept this way.
 */
final class RedisVersionedDocuments<T> {

    /** Adds version head+1 only if head is still the version the editor saw; else returns -(head+1). */
    private static final RedisScript<Long> SAVE = RedisScript.of("""
            local head = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
            if head ~= tonumber(ARGV[2]) then return -(head + 1) end
            local n = head + 1
            redis.call('HSET', KEYS[1], n, ARGV[3])
            redis.call('HSET', KEYS[2], ARGV[1], n)
            return n
            """, Long.class);

    private static final RedisScript<Long> PUBLISH = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], ARGV[2]) == 0 then return 0 end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            local revision = redis.call('INCR', KEYS[3])
            redis.call('PUBLISH', ARGV[3], revision)
            return revision
            """, Long.class);

    /** Every live version as id, JSON pairs in one round trip. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> LIVE = RedisScript.of("""
            local live = redis.call('HGETALL', KEYS[1])
            local out = {}
            for i = 1, #live, 2 do
              local json = redis.call('HGET', ARGV[1] .. live[i], live[i + 1])
              if json then table.insert(out, live[i]); table.insert(out, json) end
            end
            return out
            """, List.class);

    /** One stored version. */
    record Version<T>(String id, int version, T document, String author, Instant at, String action) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final String namespace;
    private final String channel;
    private final String field;
    private final Class<T> type;
    private final JsonMapper json = ContentLoader.snakeCaseJson();

    /**
     * @param namespace the key prefix of this kind, with its hash tag, e.g. {@code kb:{kb}:}
     * @param channel the pub/sub channel announcing new revisions, before the global prefix
     * @param field the JSON field holding the document in a stored version, e.g. {@code entry}
     */
    RedisVersionedDocuments(StringRedisTemplate redis, RedisKeys keys, Clock clock, String namespace, String channel,
            String field, Class<T> type) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.namespace = namespace;
        this.channel = channel;
        this.field = field;
        this.type = type;
    }

    String channel() {
        return keys.global(channel);
    }

    List<EntryStatus> statuses() {
        Map<Object, Object> heads = redis.opsForHash().entries(key("heads"));
        Map<Object, Object> live = redis.opsForHash().entries(key("live"));
        List<EntryStatus> statuses = new ArrayList<>();
        heads.forEach((id, head) -> statuses.add(new EntryStatus((String) id, Integer.parseInt((String) head),
                live.containsKey(id) ? Integer.parseInt((String) live.get(id)) : 0)));
        return statuses;
    }

    Optional<EntryStatus> status(String id) {
        Object head = redis.opsForHash().get(key("heads"), id);
        if (head == null) {
            return Optional.empty();
        }
        Object live = redis.opsForHash().get(key("live"), id);
        return Optional.of(new EntryStatus(id, Integer.parseInt((String) head),
                live == null ? 0 : Integer.parseInt((String) live)));
    }

    Optional<Version<T>> version(String id, int version) {
        Object stored = redis.opsForHash().get(versionsKey(id), Integer.toString(version));
        return Optional.ofNullable(stored).map(s -> read(id, version, (String) s));
    }

    /** Newest first. */
    List<Version<T>> versions(String id) {
        List<Version<T>> all = new ArrayList<>();
        redis.opsForHash().entries(versionsKey(id)).forEach((n, s) ->
                all.add(read(id, Integer.parseInt((String) n), (String) s)));
        all.sort(Comparator.comparingInt((Version<T> v) -> v.version()).reversed());
        return all;
    }

    /** @throws VersionConflict when {@code baseVersion} is not the newest version any more */
    Version<T> save(String id, T document, int baseVersion, String author, String action) {
        Instant now = clock.instant();
        ObjectNode stored = json.createObjectNode();
        stored.put("author", author);
        stored.put("at", now.toString());
        stored.put("action", action);
        stored.set(field, json.valueToTree(document));
        Long result = redis.execute(SAVE, List.of(versionsKey(id), key("heads")), id, Integer.toString(baseVersion),
                json.writeValueAsString(stored));
        if (result == null || result < 0) {
            throw new VersionConflict(id, baseVersion, result == null ? -1 : (int) (-result - 1));
        }
        return new Version<>(id, result.intValue(), document, author, now, action);
    }

    /** The revision after publishing, or empty when the document or version does not exist. */
    Optional<Long> publish(String id, int version) {
        Long revision = redis.execute(PUBLISH, List.of(versionsKey(id), key("live"), key("revision")), id,
                Integer.toString(version), channel());
        return revision == null || revision == 0 ? Optional.empty() : Optional.of(revision);
    }

    /**
     * Seeds one bundled document: adds and publishes it when it is missing, and replaces it when its newest version
     * is an older seed (no editor touched it); an editor's version always stays. Empty when nothing changed.
     *
     * @throws VersionConflict when another instance seeds the same document at the same moment
     */
    Optional<Version<T>> seed(String id, T bundled, String author) {
        int head = status(id).map(EntryStatus::latestVersion).orElse(0);
        if (head > 0) {
            Optional<Version<T>> latest = version(id, head);
            if (latest.isEmpty() || !latest.get().action().equals("seed") || latest.get().document().equals(bundled)) {
                return Optional.empty();
            }
        }
        Version<T> saved = save(id, bundled, head, author, "seed");
        publish(id, saved.version());
        return Optional.of(saved);
    }

    /** The live version of one document. */
    Optional<T> live(String id) {
        Object live = redis.opsForHash().get(key("live"), id);
        return live == null ? Optional.empty()
                : version(id, Integer.parseInt((String) live)).map(Version::document);
    }

    /** The live version of every published document, by id. */
    Map<String, T> live() {
        List<?> pairs = redis.execute(LIVE, List.of(key("live")), key("v:"));
        Map<String, T> documents = new java.util.TreeMap<>();
        for (int i = 0; pairs != null && i + 1 < pairs.size(); i += 2) {
            documents.put((String) pairs.get(i), json.treeToValue(json.readTree((String) pairs.get(i + 1)).get(field),
                    type));
        }
        return documents;
    }

    long revision() {
        String value = redis.opsForValue().get(key("revision"));
        return value == null ? 0 : Long.parseLong(value);
    }

    private Version<T> read(String id, int version, String stored) {
        JsonNode node = json.readTree(stored);
        return new Version<>(id, version, json.treeToValue(node.get(field), type), node.get("author").asString(),
                Instant.parse(node.get("at").asString()), node.get("action").asString());
    }

    String key(String name) {
        return keys.global(namespace + name);
    }

    private String versionsKey(String id) {
        return key("v:" + id);
    }
}
