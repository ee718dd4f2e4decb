package vn.gialai.dvcbot.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.SlotHash;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * The day buckets on a real Redis: a batch is written by one script and reads back as counts, distinct
 * conversations and the export's index; every key sits in one Cluster slot and expires as documented.
 */
class RedisStatisticsIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-14T05:00:00Z"));
    private LettuceConnectionFactory factory;
    private StringRedisTemplate redis;
    private String prefix;
    private RedisStatistics store;

    @BeforeEach
    void connect() {
        factory = TestRedis.connectionFactory();
        redis = TestRedis.template(factory);
        prefix = TestRedis.uniquePrefix();
        store = new RedisStatistics(redis, new RedisKeys(prefix), Duration.ofDays(730), Duration.ofDays(90), ZONE,
                clock);
    }

    @AfterEach
    void cleanUp() {
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    @Test
    void twoBatchesAddUpAndReadBackPerDay() {
        Tally first = new Tally();
        first.add(DAY, "answers|webchat|-|", 2);
        first.add(DAY, "wait|zalo|21964|40", 1);
        first.distinct(DAY, StatsFields.Distinct.CONVERSATIONS, "webchat", "aaaa");
        first.distinct(DAY, StatsFields.Distinct.CONVERSATIONS, "webchat", "bbbb");
        first.active(DAY, "webchat:s1");
        Tally second = new Tally();
        second.add(DAY, "answers|webchat|-|", 3);
        second.add(DAY.plusDays(1), "answers|zalo|-|", 1);
        second.distinct(DAY, StatsFields.Distinct.CONVERSATIONS, "webchat", "aaaa");
        second.distinct(DAY.plusDays(1), StatsFields.Distinct.CONVERSATIONS, "zalo", "cccc");
        second.active(DAY.plusDays(1), "zalo:u9");

        store.add(first);
        store.add(second);

        var days = store.days(DAY, DAY.plusDays(2));
        assertThat(days.get(DAY)).containsEntry("answers|webchat|-|", 5L).containsEntry("wait|zalo|21964|40", 1L);
        assertThat(days.get(DAY.plusDays(1))).containsOnlyKeys("answers|zalo|-|");
        assertThat(days.get(DAY.plusDays(2))).isEmpty();
        assertThat(store.distinct(EnumSet.of(StatsFields.Distinct.CONVERSATIONS),
                List.of(List.of(DAY), List.of(DAY, DAY.plusDays(1))), Set.of("webchat", "zalo", "telegram")))
                .containsExactly(2L, 3L);
        assertThat(store.active(DAY, DAY.plusDays(1))).containsExactlyInAnyOrder("webchat:s1", "zalo:u9");
    }

    @Test
    void everyKeyIsInOneClusterSlotAndExpiresAfterItsRetention() {
        Tally tally = new Tally();
        tally.add(DAY, "messages|webchat|-|", 1);
        tally.distinct(DAY, StatsFields.Distinct.HANDED, "webchat", "aaaa");
        tally.active(DAY, "webchat:s1");

        store.add(tally);

        Set<String> keys = redis.keys(prefix + "*");
        assertThat(keys).hasSize(3);
        assertThat(keys.stream().map(SlotHash::getSlot).distinct()).hasSize(1);
        Instant endOfDay = DAY.plusDays(1).atStartOfDay(ZONE).toInstant();
        Duration untilEndOfDay = Duration.between(clock.instant(), endOfDay);
        assertThat(redis.getExpire(prefix + "{stats}:day:" + DAY))
                .isBetween(untilEndOfDay.plusDays(730).minusMinutes(1).toSeconds(), untilEndOfDay.plusDays(730).toSeconds());
        assertThat(redis.getExpire(prefix + "{stats}:active:" + DAY))
                .isBetween(untilEndOfDay.plusDays(90).minusMinutes(1).toSeconds(), untilEndOfDay.plusDays(90).toSeconds());
    }
}
