package vn.gialai.dvcbot.kb.matching;

import java.util.List;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;

/**
 * What the scores say about a question before anything is decided.
 *
 * @param top the five best entries, best first
 * @param outOfScope the out-of-scope score the best entry has to beat
 * @param twoTopics a long message that clearly names two entries in different parts: those two, else empty
 * @param named the entries whose name (title, alias or keyword) the question says in full ({@link EntryNames})
 */
record Ranking(List<ScoredEntry> top, double outOfScope, List<String> twoTopics, List<String> named) {

    static final Ranking NOTHING = new Ranking(List.of(), 0, List.of(), List.of());

    Ranking {
        top = List.copyOf(top);
        twoTopics = List.copyOf(twoTopics);
        named = List.copyOf(named);
    }

    Ranking(List<ScoredEntry> top, double outOfScope, List<String> twoTopics) {
        this(top, outOfScope, twoTopics, List.of());
    }

    double score(int rank) {
        return rank < top.size() ? top.get(rank).score() : 0;
    }
}
