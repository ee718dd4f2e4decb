package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the quality targets over a set of outcomes: in-scope top-1 and helpful rates, the share of
 * confidently wrong answers (over all questions), and the share of out-of-scope questions that fell back.
 */
public record Summary(int questions, int inScope, double topOne, double helpful, double wrong, int outOfScope,
        double outOfScopeFallback) {

    /** Tags always reported, in this order, even when absent (count 0); others follow as met. */
    static final List<String> TAGS = List.of("std", "nodiac", "teen", "dialect", "typo", "long", "oos");

    public static Summary of(List<Outcome> outcomes) {
        List<Outcome> in = outcomes.stream().filter(o -> !o.question().outOfScope()).toList();
        List<Outcome> out = outcomes.stream().filter(o -> o.question().outOfScope()).toList();
        return new Summary(outcomes.size(), in.size(),
                share(in.stream().filter(Outcome::topOneRight).count(), in.size()),
                share(in.stream().filter(Outcome::helpful).count(), in.size()),
                share(outcomes.stream().filter(Outcome::confidentlyWrong).count(), outcomes.size()),
                out.size(),
                share(out.stream().filter(Outcome::helpful).count(), out.size()));
    }

    /** A summary per tag, the standard tags first. */
    public static Map<String, Summary> byTag(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        TAGS.forEach(t -> groups.put(t, new ArrayList<>()));
        for (Outcome outcome : outcomes) {
            outcome.question().tags().forEach(t -> groups.computeIfAbsent(t, k -> new ArrayList<>()).add(outcome));
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        groups.forEach((tag, group) -> summaries.put(tag, of(group)));
        return summaries;
    }

    /** One line, e.g. {@code n=124 top1=0.960 helpful=0.970 wrong=0.016 oos=1.000 (10)}. */
    public String describe() {
        return String.format(Locale.ROOT, "n=%d top1=%.3f helpful=%.3f wrong=%.3f oos=%.3f (%d)", questions, topOne,
                helpful, wrong, outOfScopeFallback, outOfScope);
    }

    private static double share(long count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
