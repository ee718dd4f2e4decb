package vn.gialai.dvcbot.app.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.gialai.dvcbot.app.stats.StatsFields.Distinct;
import vn.gialai.dvcbot.app.stats.StatsFields.Field;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * Reads the day buckets back as figures: the daily series and the totals of contracts §12, the most asked entries
 * and the table of communes. Conversation figures (distinct conversations, containment) are known per channel
 * only; with a commune filter they are null rather than a misleading zero.
 */
final class StatsReport {

    private static final int TOP_ENTRIES = 10;

    private final RedisStatistics store;
    private final AnswerCatalog catalog;
    private final Communes communes;

    StatsReport(RedisStatistics store, AnswerCatalog catalog, Communes communes) {
        this.store = store;
        this.catalog = catalog;
        this.communes = communes;
    }

    record Stats(String from, String to, String channel, String commune, Map<String, Object> totals,
            List<Map<String, Object>> daily, List<TopEntry> topEntries, List<CommuneRow> communes) {
    }

    record TopEntry(String id, String title, long count, String editorUrl) {
    }

    record CommuneRow(String code, String name, long handoffs, long ticketsClaimed, long ticketsClosed,
            long ticketsAbandoned, Long waitMedianSeconds, Long waitP90Seconds, long volunteersActive) {
    }

    Stats read(StatsQuery query) {
        Map<LocalDate, Map<String, Long>> days = store.days(query.from(), query.to());
        List<LocalDate> dates = new ArrayList<>(days.keySet());
        List<Collection<LocalDate>> groups = new ArrayList<>();
        dates.forEach(d -> groups.add(List.of(d)));
        groups.add(dates);
        Map<Set<Distinct>, List<Long>> distinct = new HashMap<>();
        if (query.commune() == null) {
            for (Set<Distinct> sets : List.of(EnumSet.of(Distinct.CONVERSATIONS), EnumSet.of(Distinct.HANDED),
                    EnumSet.of(Distinct.ANSWERED, Distinct.HANDED))) {
                distinct.put(sets, store.distinct(sets, groups, query.channels()));
            }
        }
        List<Map<String, Object>> daily = new ArrayList<>();
        Map<String, Long> all = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            Map<String, Long> fields = days.get(dates.get(i));
            fields.forEach((k, v) -> all.merge(k, v, Long::sum));
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", dates.get(i).toString());
            day.putAll(figures(fields, query, distinct, i));
            daily.add(day);
        }
        return new Stats(query.from().toString(), query.to().toString(), StatsQuery.contractName(query.channel()),
                query.commune(), figures(all, query, distinct, dates.size()), daily, topEntries(all, query),
                communes(all, query));
    }

    private Map<String, Object> figures(Map<String, Long> fields, StatsQuery query,
            Map<Set<Distinct>, List<Long>> distinct, int group) {
        Map<Field, Long> parsed = parse(fields, query);
        Map<String, Object> figures = new LinkedHashMap<>();
        Long conversations = distinctCount(distinct, EnumSet.of(Distinct.CONVERSATIONS), group);
        Long handed = distinctCount(distinct, EnumSet.of(Distinct.HANDED), group);
        Long answeredOrHanded = distinctCount(distinct, EnumSet.of(Distinct.ANSWERED, Distinct.HANDED), group);
        Long alone = answeredOrHanded == null ? null : answeredOrHanded - handed;
        figures.put("conversations", conversations);
        for (Figure figure : Figure.values()) {
            figures.put(figure.code, query.commune() != null && !figure.byCommune() ? null : sum(parsed, figure.code));
        }
        figures.put("answeredByBotAlone", alone);
        figures.put("conversationsHandedOver", handed);
        figures.put("containment", share(alone, conversations));
        figures.put("handedShare", share(handed, conversations));
        Histogram waits = histogram(parsed, StatsFields.WAIT);
        Histogram handling = histogram(parsed, StatsFields.HANDLING);
        figures.put("waitMedianSeconds", waits.percentile(0.5));
        figures.put("waitP90Seconds", waits.percentile(0.9));
        figures.put("handlingMedianSeconds", handling.percentile(0.5));
        figures.put("handlingP90Seconds", handling.percentile(0.9));
        Histogram ratings = histogram(parsed, StatsFields.RATING);
        figures.put("ratings", ratings.count());
        figures.put("ratingAverage", ratings.count() == 0 ? null
                : BigDecimal.valueOf(ratings.sum()).divide(BigDecimal.valueOf(ratings.count()), 2, RoundingMode.HALF_UP));
        for (int stars = 1; stars <= 5; stars++) {
            figures.put("rating" + stars, ratings.at(stars));
        }
        return figures;
    }

    private static Long distinctCount(Map<Set<Distinct>, List<Long>> distinct, Set<Distinct> sets, int group) {
        List<Long> counts = distinct.get(sets);
        return counts == null ? null : counts.get(group);
    }

    private static BigDecimal share(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    private static Map<Field, Long> parse(Map<String, Long> fields, StatsQuery query) {
        Map<Field, Long> parsed = new HashMap<>();
        fields.forEach((k, v) -> StatsFields.parse(k).filter(query::matches).ifPresent(f -> parsed.merge(f, v, Long::sum)));
        return parsed;
    }

    private static long sum(Map<Field, Long> parsed, String figure) {
        return parsed.entrySet().stream().filter(e -> e.getKey().figure().equals(figure) && e.getKey().detail().isEmpty())
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static Histogram histogram(Map<Field, Long> parsed, String figure) {
        TreeMap<Long, Long> buckets = new TreeMap<>();
        parsed.forEach((f, v) -> {
            if (f.figure().equals(figure)) {
                buckets.merge(Long.parseLong(f.detail()), v, Long::sum);
            }
        });
        return new Histogram(buckets);
    }

    /** Counts per bucket (seconds, or stars); percentiles by nearest rank, reported as the bucket's lower bound. */
    record Histogram(TreeMap<Long, Long> buckets) {

        long count() {
            return buckets.values().stream().mapToLong(Long::longValue).sum();
        }

        long sum() {
            return buckets.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        }

        long at(long bucket) {
            return buckets.getOrDefault(bucket, 0L);
        }

        Long percentile(double p) {
            long n = count();
            if (n == 0) {
                return null;
            }
            long rank = (long) Math.ceil(p * n);
            long seen = 0;
            for (Map.Entry<Long, Long> bucket : buckets.entrySet()) {
                seen += bucket.getValue();
                if (seen >= rank) {
                    return bucket.getKey();
                }
            }
            return buckets.lastKey();
        }
    }

    private List<TopEntry> topEntries(Map<String, Long> all, StatsQuery query) {
        if (query.commune() != null) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        parse(all, new StatsQuery(query.from(), query.to(), query.channel(), null)).forEach((f, v) -> {
            if (f.figure().equals(StatsFields.ENTRY)) {
                counts.merge(f.detail(), v, Long::sum);
            }
        });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTRIES)
                .map(e -> new TopEntry(e.getKey(), catalog.entry(e.getKey()).map(AnswerEntry::title).orElse(e.getKey()),
                        e.getValue(), "/editor/entries/" + e.getKey()))
                .toList();
    }

    /** Every commune (or the one asked for), with its handoff figures; the busiest first. */
    private List<CommuneRow> communes(Map<String, Long> all, StatsQuery query) {
        Map<Field, Long> parsed = parse(all, query);
        List<CommuneRow> rows = new ArrayList<>();
        for (Commune commune : communes.all()) {
            if (query.commune() != null && !query.commune().equals(commune.code())) {
                continue;
            }
            Map<Field, Long> own = new HashMap<>();
            parsed.forEach((f, v) -> {
                if (f.commune().equals(commune.code())) {
                    own.put(f, v);
                }
            });
            Histogram waits = histogram(own, StatsFields.WAIT);
            Set<String> volunteers = new HashSet<>();
            own.keySet().stream().filter(f -> f.figure().equals(StatsFields.CLAIMER)).forEach(f -> volunteers.add(f.detail()));
            rows.add(new CommuneRow(commune.code(), commune.name(), sum(own, Figure.HANDOFFS.code),
                    sum(own, Figure.TICKETS_CLAIMED.code), sum(own, Figure.TICKETS_CLOSED.code),
                    sum(own, Figure.TICKETS_ABANDONED.code), waits.percentile(0.5), waits.percentile(0.9),
                    volunteers.size()));
        }
        rows.sort(Comparator.comparingLong(CommuneRow::handoffs).reversed().thenComparing(CommuneRow::name));
        return rows;
    }
}
