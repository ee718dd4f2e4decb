package vn.gialai.dvcbot.kb.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;

/**
 * The figures of the quality targets over a set of outcomes: in-scope top-1 and helpful rates, the share of
 * confidently wrong answers (over all questions), the share of out-of-scope questions that fell back, and the
 * shares of in-scope questions that fell back or were answered with a confirmation. Helpful counts a right entry
 * offered among choices as much as a right answer, so {@code answered} (answered directly with a right entry) and
 * {@code offered} (given a list of 2–3 choices) show how much of it needed the citizen's tap.
 */
public record Summary(int questions, int inScope, double topOne, double helpful, double wrong, int outOfScope,
        double outOfScopeFallback, double inScopeFallback, double confirmed, double answered, double offered) {

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
                share(out.stream().filter(Outcome::helpful).count(), out.size()),
                share(in.stream().filter(o -> o.result().decision() == Decision.FALLBACK).count(), in.size()),
                share(in.stream().filter(o -> o.result().confirmation()).count(), in.size()),
                share(in.stream().filter(o -> o.result().decision() == Decision.ANSWER && o.helpful()).count(),
                        in.size()),
                share(in.stream().filter(o -> o.result().choices().size() >= 2).count(), in.size()));
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

    /**
     * One line, e.g. {@code n=124 top1=0.960 helpful=0.970 wrong=0.016 oos=1.000 (10) fallback=0.010
     * confirmed=0.080 answered=0.850 offered=0.040}: the last four are shares of the in-scope questions that fell
     * back, got a confirmation, were answered directly with a right entry, or got a list of choices.
     */
    public String describe() {
        return String.format(Locale.ROOT, "n=%d top1=%.3f helpful=%.3f wrong=%.3f oos=%.3f (%d) fallback=%.3f "
                + "confirmed=%.3f answered=%.3f offered=%.3f", questions, topOne, helpful, wrong, outOfScopeFallback,
                outOfScope, inScopeFallback, confirmed, answered, offered);
    }

    private static double share(long count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
