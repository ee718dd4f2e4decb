package vn.gialai.dvcbot.core.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedGroups;
import vn.gialai.dvcbot.core.feedback.MissedQuestion;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.core.feedback.PersonalData;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * One hash per distinct question ({@code missed:{inbox}:q:<id>}, id from its folded words) and a sorted set
 * of ids by last seen. Questions expire after the retention period (they may still carry personal details
 * the masking missed); the inbox shows the most recent few thousand.
 */
final class RedisMissedQuestions implements MissedQuestions {

    static final Duration RETENTION = Duration.ofDays(180);
    static final int SHOWN = 2_000;
    private static final int MAX_TEXT = 500;

    private static final RedisScript<Long> RECORD = RedisScript.of("""
            redis.call('HSETNX', KEYS[1], 'text', ARGV[2])
            redis.call('HSETNX', KEYS[1], 'firstSeen', ARGV[3])
            redis.call('HSET', KEYS[1], 'lastSeen', ARGV[3])
            redis.call('HINCRBY', KEYS[1], 'count', 1)
            redis.call('HINCRBY', KEYS[1], 'r:' .. ARGV[5], 1)
            if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'entry', ARGV[6]) end
            redis.call('PEXPIRE', KEYS[1], ARGV[7])
            redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[4] - ARGV[7])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    RedisMissedQuestions(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void record(QuestionMissed missed) {
        String text = PersonalData.mask(missed.question().strip());
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
        String folded = VietnameseFolding.foldWords(text);
        if (folded.isEmpty()) {
            return;
        }
        String id = idOf(folded);
        Instant at = missed.at() == null ? Instant.now() : missed.at();
        redis.execute(RECORD, List.of(question(id), recent()), id, text, at.toString(),
                Long.toString(at.toEpochMilli()), missed.reason().name(),
                missed.entryId() == null ? "" : missed.entryId(), Long.toString(RETENTION.toMillis()));
    }

    @Override
    public List<MissedGroup> groups() {
        Set<String> ids = redis.opsForZSet().reverseRange(recent(), 0, SHOWN - 1);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(ids);
        List<Object> hashes = redis.executePipelined((RedisCallback<Object>) connection -> {
            ordered.forEach(id -> connection.hashCommands().hGetAll(question(id).getBytes(StandardCharsets.UTF_8)));
            return null;
        });
        List<MissedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Map<?, ?> hash = (Map<?, ?>) hashes.get(i);
            if (hash != null && hash.containsKey("text")) {
                questions.add(read(ordered.get(i), hash));
            }
        }
        return MissedGroups.group(questions);
    }

    @Override
    public void resolve(MissedGroup group) {
        for (MissedQuestion question : group.questions()) {
            redis.delete(question(question.id()));
            redis.opsForZSet().remove(recent(), question.id());
        }
    }

    private static MissedQuestion read(String id, Map<?, ?> hash) {
        Map<MissReason, Long> reasons = new EnumMap<>(MissReason.class);
        for (MissReason reason : MissReason.values()) {
            Object n = hash.get("r:" + reason.name());
            if (n != null) {
                reasons.put(reason, Long.parseLong(n.toString()));
            }
        }
        Object entry = hash.get("entry");
        return new MissedQuestion(id, hash.get("text").toString(), Long.parseLong(String.valueOf(hash.get("count"))),
                reasons, entry == null ? null : entry.toString(), Instant.parse(hash.get("firstSeen").toString()),
                Instant.parse(hash.get("lastSeen").toString()));
    }

    static String idOf(String folded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String question(String id) {
        return keys.global("missed:{inbox}:q:" + id);
    }

    private String recent() {
        return keys.global("missed:{inbox}:recent");
    }
}
