package vn.gialai.dvcbot.app.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one batch adds to the day buckets: counts per day and field, and members to add to the distinct sets
 * (hashed conversation ids) per day, set and channel, and the conversations active each day (for the export). Not thread-safe: only the counting thread uses it.
 */
final class Tally {

    private final Map<LocalDate, Map<String, Long>> counts = new HashMap<>();
    private final Map<DistinctKey, Set<String>> distinct = new HashMap<>();
    private final Map<LocalDate, Set<String>> active = new HashMap<>();

    record DistinctKey(LocalDate day, StatsFields.Distinct set, String channel) {
    }

    void add(LocalDate day, String field, long by) {
        counts.computeIfAbsent(day, d -> new HashMap<>()).merge(field, by, Long::sum);
    }

    void distinct(LocalDate day, StatsFields.Distinct set, String channel, String member) {
        distinct.computeIfAbsent(new DistinctKey(day, set, channel), k -> new HashSet<>()).add(member);
    }

    /** A conversation with a citizen's message that day, for the anonymised export (kept as long as transcripts). */
    void active(LocalDate day, String conversationId) {
        active.computeIfAbsent(day, d -> new HashSet<>()).add(conversationId);
    }

    /** Adds another batch (one whose write failed) to this one. */
    void addAll(Tally other) {
        other.counts.forEach((day, fields) -> fields.forEach((field, by) -> add(day, field, by)));
        other.distinct.forEach((key, members) -> distinct.computeIfAbsent(key, k -> new HashSet<>()).addAll(members));
        other.active.forEach((day, ids) -> active.computeIfAbsent(day, d -> new HashSet<>()).addAll(ids));
    }

    Map<LocalDate, Map<String, Long>> counts() {
        return counts;
    }

    Map<DistinctKey, Set<String>> distinct() {
        return distinct;
    }

    Map<LocalDate, Set<String>> active() {
        return active;
    }

    boolean isEmpty() {
        return counts.isEmpty() && distinct.isEmpty() && active.isEmpty();
    }

    long size() {
        return counts.values().stream().mapToLong(Map::size).sum()
                + distinct.values().stream().mapToLong(Set::size).sum();
    }
}
