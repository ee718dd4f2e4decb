package vn.gialai.dvcbot.channels.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * One channel's watch: the webhook and the sender report here, and the channel's health indicator asks it
 * whether the channel has gone deaf. A channel is DEGRADED (not DOWN: it may still send, and a restart would
 * not fix it) when its last {@value #REFUSALS_IN_A_ROW} webhook requests were all refused, when nothing was
 * accepted for longer than {@code quietAlertAfter} while it is on, or when its webhook could not be set.
 */
public final class ChannelWatch {

    /** A channel that runs but that citizens probably cannot reach; the HTTP status stays 200. */
    public static final Status DEGRADED = new Status("DEGRADED");
    static final int REFUSALS_IN_A_ROW = 3;
    private static final Duration DELIVERED_RESOLUTION = Duration.ofSeconds(1);

    private final String channel;
    private final RedisChannelActivity activity;
    private final Duration quietAlertAfter;
    private final Clock clock;
    private final Instant startedAt;
    /** When this instance last wrote the delivery time (the epoch: never). */
    private final AtomicReference<Instant> deliveredWritten = new AtomicReference<>(Instant.EPOCH);

    ChannelWatch(String channel, RedisChannelActivity activity, Duration quietAlertAfter, Clock clock) {
        this.channel = channel;
        this.activity = activity;
        this.quietAlertAfter = quietAlertAfter == null ? Duration.ZERO : quietAlertAfter;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public String channel() {
        return channel;
    }

    /** An event passed every check and was handed to the engine (or was a known event the bot ignores). */
    public void accepted() {
        activity.accepted(channel, clock.instant());
    }

    /**
     * A citizen's message was accepted from {@code sender} (the platform's user id), in one write with
     * {@link #accepted()}: the sender is shown to administrators so an operator can find their own test account's
     * id for the smoke test.
     */
    public void accepted(String sender) {
        activity.accepted(channel, clock.instant(), sender);
    }

    /** A webhook request was refused; {@code detail} says why in the log's words. */
    public void refused(Refusal reason, String detail) {
        activity.refused(channel, reason, detail, clock.instant());
    }

    /**
     * The platform took a message for a citizen. Written at most once a second per instance: the time is for
     * people, and a write per message cost a Redis round trip on every delivery.
     */
    public void delivered() {
        Instant now = clock.instant();
        Instant written = deliveredWritten.get();
        if (now.isBefore(written.plus(DELIVERED_RESOLUTION)) && !now.isBefore(written)) {
            return;
        }
        if (deliveredWritten.compareAndSet(written, now)) {
            activity.delivered(channel, now);
        }
    }

    /** Registering the webhook with the platform failed ({@code why}), or worked again (null). */
    public void setupProblem(String why) {
        activity.setupProblem(channel, why);
    }

    /** Why the channel is degraded, or empty when it looks healthy. */
    public Optional<Problem> problem() {
        Map<String, String> fields = activity.read(channel);
        String setup = fields.get(RedisChannelActivity.SETUP_PROBLEM);
        if (setup != null) {
            return Optional.of(new Problem("the webhook could not be registered: " + setup,
                    "không đăng ký được webhook với nền tảng (" + setup + ")."));
        }
        long refusedInARow = number(fields, RedisChannelActivity.REFUSED_SINCE_ACCEPTED);
        if (refusedInARow >= REFUSALS_IN_A_ROW) {
            String last = fields.getOrDefault(RedisChannelActivity.LAST_REFUSAL, "");
            return Optional.of(new Problem("the last " + refusedInARow + " webhook requests were all refused (last: "
                    + last + ")", refusedInARow + " yêu cầu webhook gần nhất đều bị từ chối (lần cuối: " + last
                    + "). Hãy kiểm tra khóa bí mật, app id và đồng hồ máy chủ."));
        }
        Instant since = later(instant(fields, RedisChannelActivity.ACCEPTED_AT), startedAt);
        Duration quiet = Duration.between(since, clock.instant());
        if (!quietAlertAfter.isZero() && quiet.compareTo(quietAlertAfter) > 0) {
            return Optional.of(new Problem("no event accepted for " + hours(quiet) + " h (alert after "
                    + quietAlertAfter + ")", "không nhận được tin nào trong " + hours(quiet)
                    + " giờ qua. Hãy kiểm tra địa chỉ webhook và các sự kiện đã chọn trên trang của nền tảng."));
        }
        return Optional.empty();
    }

    /** The health: UP or DEGRADED, with the times and the refusals by reason as details. */
    public Health.Builder health(Health.Builder builder) {
        Optional<Problem> problem = problem();
        builder.status(problem.isPresent() ? DEGRADED : Status.UP);
        problem.ifPresent(p -> builder.withDetail("degraded", p.english()));
        details().forEach(builder::withDetail);
        return builder;
    }

    /** The last accepted event, the last delivery and the refusals by reason. */
    public Map<String, Object> details() {
        Map<String, String> fields = activity.read(channel);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lastAcceptedEventAt", text(instant(fields, RedisChannelActivity.ACCEPTED_AT)));
        details.put("lastDeliveredAt", text(instant(fields, RedisChannelActivity.DELIVERED_AT)));
        Map<String, Long> refused = new LinkedHashMap<>();
        for (Refusal reason : Refusal.values()) {
            refused.put(reason.name().toLowerCase(java.util.Locale.ROOT), number(fields, reason.field()));
        }
        details.put("refusedByReason", refused);
        if (fields.containsKey(RedisChannelActivity.LAST_SENDER)) {
            details.put("lastSender", fields.get(RedisChannelActivity.LAST_SENDER));
        }
        if (fields.containsKey(RedisChannelActivity.LAST_REFUSAL)) {
            details.put("lastRefusal", fields.get(RedisChannelActivity.LAST_REFUSAL));
            details.put("lastRefusedAt", text(instant(fields, RedisChannelActivity.LAST_REFUSED_AT)));
        }
        return details;
    }

    /**
     * @param english for the health details and the log
     * @param vietnamese for the administrators' banner, after the channel's name
     */
    public record Problem(String english, String vietnamese) {
    }

    private static long number(Map<String, String> fields, String name) {
        try {
            return Long.parseLong(fields.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }

    private static String text(Instant at) {
        return at == null ? "never" : at.toString();
    }

    private static long hours(Duration d) {
        return Math.max(1, d.toHours());
    }
}
