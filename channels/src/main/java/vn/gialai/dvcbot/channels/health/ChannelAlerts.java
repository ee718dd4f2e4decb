package vn.gialai.dvcbot.channels.health;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The watches of the channels that are on, and what administrators should see about them: one line per
 * degraded channel, in Vietnamese, for the banner of the consoles.
 */
public final class ChannelAlerts {

    private static final Map<String, String> NAMES = Map.of("zalo", "Kênh Zalo OA", "telegram", "Kênh Telegram");
    private static final Map<String, String> DETAILS = Map.of("zalo", " Chi tiết ở trang /admin/zalo.",
            "telegram", " Chi tiết ở /actuator/health (mục telegram).");

    private final RedisChannelActivity activity;
    private final Clock clock;
    private final Map<String, ChannelWatch> watches = new ConcurrentHashMap<>();

    ChannelAlerts(RedisChannelActivity activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    /** The watch of a channel that is on; {@code quietAlertAfter} zero turns the "nothing accepted" rule off. */
    public ChannelWatch watch(String channel, Duration quietAlertAfter) {
        return watches.computeIfAbsent(channel, c -> new ChannelWatch(c, activity, quietAlertAfter, clock));
    }

    /** The watch of a channel that is on, or empty. */
    public java.util.Optional<ChannelWatch> watchOf(String channel) {
        return java.util.Optional.ofNullable(watches.get(channel));
    }

    /**
     * One Vietnamese line per degraded channel, e.g. "Kênh Zalo OA: 5 yêu cầu webhook gần nhất đều bị từ chối…
     * Chi tiết ở trang /admin/zalo.".
     */
    public List<String> alerts() {
        return watches.values().stream().sorted(java.util.Comparator.comparing(ChannelWatch::channel))
                .flatMap(w -> safely(w).stream()
                        .map(p -> NAMES.getOrDefault(w.channel(), w.channel()) + ": " + p.vietnamese()
                                + DETAILS.getOrDefault(w.channel(), "")))
                .toList();
    }

    /** A Redis hiccup must not break the page that shows the banner. */
    private static java.util.Optional<ChannelWatch.Problem> safely(ChannelWatch watch) {
        try {
            return watch.problem();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
