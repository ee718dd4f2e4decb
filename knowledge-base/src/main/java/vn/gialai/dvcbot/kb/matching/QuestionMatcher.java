package vn.gialai.dvcbot.kb.matching;

import vn.gialai.dvcbot.core.answers.MatchResult;

/** A trained, immutable, thread-safe matcher over one version of the content. */
public interface QuestionMatcher {

    MatchResult match(String question);
}
