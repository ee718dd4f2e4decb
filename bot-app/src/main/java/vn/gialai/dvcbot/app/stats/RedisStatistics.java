package vn.gialai.dvcbot.app.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * The day buckets. Keys (all under the {@code {stats}} hash tag, so a count over many days is one command in
 * Redis Cluster too): {@code {stats}:day:<yyyy-mm-dd>}, a hash of {@link StatsFields} counts, and
 * {@code {stats}:<set>:<yyyy-mm-dd>:<channel>}, HyperLogLogs of hashed conversation ids (no id can be read back).
 * Each key expires the retention after its day. For the anonymised export, {@code {stats}:active:<yyyy-mm-dd>}
 * is the set of conversation ids with a citizen's message that day; it identifies chats, so it expires with the
 * transcripts it points to ({@code DVC_CONVERSATION_RETENTION}).
 */
final class RedisStatistics {

    /** Instructions in ARGV: h key field by (HINCRBY), p key member (PFADD), s key member (SADD), e key ms (PEXPIRE). */
    private static final RedisScript<Long> ADD = RedisScript.of("""
            local i = 1
            while i <= #ARGV do
              local op, key = ARGV[i], KEYS[tonumber(ARGV[i + 1])]
              if op == 'h' then
                redis.call('HINCRBY', key, ARGV[i + 2], ARGV[i + 3])
                i = i + 4
              else
                if op == 'p' then redis.call('PFADD', key, ARGV[i + 2])
                elseif op == 's' then redis.call('SADD', key, ARGV[i + 2])
                else redis.call('PEXPIRE', key, ARGV[i + 2]) end
                i = i + 3
              end
            end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Duration retention;
    private final Duration conversationRetention;
    private final ZoneId zone;
    private final Clock clock;

    RedisStatistics(StringRedisTemplate redis, RedisKeys keys, Duration retention, Duration conversationRetention,
            ZoneId zone, Clock clock) {
        this.clock = clock;
        this.redis = redis;
        this.keys = keys;
        this.retention = retention;
        this.conversationRetention = conversationRetention;
        this.zone = zone;
    }

    /**
     * Adds a batch with one script, so a batch counts wholly or not at all; a script rather than MULTI/EXEC, which
     * Redis Cluster clients refuse (every key is under the {@code {stats}} hash tag, so the script is in one slot).
     */
    void add(Tally tally) {
        List<String> keyList = new ArrayList<>();
        List<String> args = new ArrayList<>();
        tally.counts().forEach((day, fields) -> {
            String key = index(keyList, dayKey(day));
            fields.forEach((field, by) -> args.addAll(List.of("h", key, field, String.valueOf(by))));
            args.addAll(List.of("e", key, String.valueOf(ttl(day, retention).toMillis())));
        });
        tally.distinct().forEach((k, members) -> {
            String key = index(keyList, distinctKey(k.set(), k.day(), k.channel()));
            members.forEach(member -> args.addAll(List.of("p", key, member)));
            args.addAll(List.of("e", key, String.valueOf(ttl(k.day(), retention).toMillis())));
        });
        tally.active().forEach((day, ids) -> {
            String key = index(keyList, activeKey(day));
            ids.forEach(id -> args.addAll(List.of("s", key, id)));
            args.addAll(List.of("e", key, String.valueOf(ttl(day, conversationRetention).toMillis())));
        });
        redis.execute(ADD, keyList, args.toArray());
    }

    /** Its position (1-based, as Lua counts) among the script's keys. */
    private static String index(List<String> keyList, String key) {
        keyList.add(key);
        return String.valueOf(keyList.size());
    }

    /** Every day's fields from {@code from} to {@code to}, both included; days without figures are empty. */
    Map<LocalDate, Map<String, Long>> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        List<Object> read = redis.executePipelined(new RedisPipelinedReads(ops -> days.forEach(
                day -> ops.opsForHash().entries(dayKey(day)))));
        Map<LocalDate, Map<String, Long>> result = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            Map<String, Long> fields = new LinkedHashMap<>();
            ((Map<?, ?>) read.get(i)).forEach((k, v) -> fields.put(String.valueOf(k), Long.parseLong(String.valueOf(v))));
            result.put(days.get(i), fields);
        }
        return result;
    }

    /**
     * Distinct conversations in the union of the sets over the given days and channels, one count per group of days (each day
     * alone for a daily series, all of them for the total), read in one round trip.
     */
    List<Long> distinct(Set<StatsFields.Distinct> sets, List<? extends Collection<LocalDate>> groups,
            Set<String> channels) {
        List<Object> read = redis.executePipelined(new RedisPipelinedReads(ops -> {
            for (Collection<LocalDate> days : groups) {
                List<String> hlls = new ArrayList<>();
                sets.forEach(set -> days.forEach(day -> channels.forEach(
                        channel -> hlls.add(distinctKey(set, day, channel)))));
                ops.opsForHyperLogLog().size(hlls.toArray(String[]::new));
            }
        }));
        return read.stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** The conversations with a citizen's message on any of these days (ids; empty beyond the retention). */
    Set<String> active(LocalDate from, LocalDate to) {
        List<String> days = from.datesUntil(to.plusDays(1)).map(this::activeKey).toList();
        Set<String> ids = redis.opsForSet().union(days);
        return ids == null ? Set.of() : ids;
    }

    /** Reads queued in one pipeline; their answers come back in order. */
    private static final class RedisPipelinedReads implements SessionCallback<Object> {

        private final Consumer<RedisOperations<String, String>> reads;

        RedisPipelinedReads(Consumer<RedisOperations<String, String>> reads) {
            this.reads = reads;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object execute(RedisOperations operations) throws DataAccessException {
            reads.accept(operations);
            return null;
        }
    }

    private String activeKey(LocalDate day) {
        return keys.global("{stats}:active:" + day);
    }

    private String dayKey(LocalDate day) {
        return keys.global("{stats}:day:" + day);
    }

    private String distinctKey(StatsFields.Distinct set, LocalDate day, String channel) {
        return keys.global("{stats}:" + set.key + ":" + day + ":" + channel);
    }

    /** Kept this long after the end of the day, by the application's clock (like every TTL of the app). */
    private Duration ttl(LocalDate day, Duration kept) {
        Duration left = Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(zone).toInstant().plus(kept));
        return left.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : left;
    }
}
