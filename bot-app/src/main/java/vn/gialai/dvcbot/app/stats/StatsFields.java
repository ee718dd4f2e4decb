package vn.gialai.dvcbot.app.stats;

import java.time.Duration;
import java.util.Optional;

/**
 * How a day bucket's hash fields are named: {@code figure|channel|commune|detail}, where the commune is its code or
 * {@code -} (not known), and the detail is empty for plain counts, a histogram bucket in seconds (waits, handling),
 * the stars of a rating or an entry id. Nothing in a field identifies a citizen.
 */
final class StatsFields {

    static final String NO_COMMUNE = "-";
    static final String WAIT = "wait";
    static final String HANDLING = "handling";
    static final String RATING = "rating";
    static final String ENTRY = "entry";
    /** A volunteer (hashed user name) who claimed a ticket: the commune table's "volunteers active". */
    static final String CLAIMER = "claimer";

    /** The distinct sets (HyperLogLog of hashed conversation ids) kept per day and channel. */
    enum Distinct {
        /** Conversations in which the citizen wrote or tapped something. */
        CONVERSATIONS("conversations"),
        /** Conversations the bot answered from the knowledge base (small talk aside). */
        ANSWERED("answered"),
        /** Conversations handed to volunteers (a ticket opened). */
        HANDED("handed");

        final String key;

        Distinct(String key) {
            this.key = key;
        }
    }

    private StatsFields() {
    }

    static String field(String figure, String channel, String commune, String detail) {
        return figure + "|" + channel + "|" + (commune == null ? NO_COMMUNE : commune) + "|" + detail;
    }

    static String count(String figure, String channel, String commune) {
        return field(figure, channel, commune, "");
    }

    static Optional<Field> parse(String field) {
        String[] parts = field.split("\\|", -1);
        return parts.length == 4 ? Optional.of(new Field(parts[0], parts[1], parts[2], parts[3])) : Optional.empty();
    }

    record Field(String figure, String channel, String commune, String detail) {
    }

    /**
     * The histogram bucket (its lower bound, in seconds) of a wait or handling time: to the second below a minute,
     * 10 s below 10 minutes, a minute below two hours, 10 minutes below a day, then hours up to a week. A day holds
     * at most about 350 buckets per channel and commune, whatever the traffic.
     */
    static long bucket(Duration duration) {
        long s = Math.max(0, duration.getSeconds());
        if (s < 60) {
            return s;
        }
        if (s < 600) {
            return s / 10 * 10;
        }
        if (s < 7_200) {
            return s / 60 * 60;
        }
        if (s < 86_400) {
            return s / 600 * 600;
        }
        return Math.min(s / 3_600 * 3_600, 7 * 86_400);
    }
}
