package vn.gialai.dvcbot.kb.matching;

import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/** Builds (trains) a matcher for a version of the content; called at start-up and whenever content changes. */
public interface MatcherFactory {

    QuestionMatcher build(KnowledgeBaseContent content);
}
