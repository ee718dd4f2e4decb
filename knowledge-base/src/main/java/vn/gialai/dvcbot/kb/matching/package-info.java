/**
 * Which entry a citizen's question is about: scoring every entry against the question and deciding between
 * answer, clarify and fallback.
 */
package vn.gialai.dvcbot.kb.matching;
