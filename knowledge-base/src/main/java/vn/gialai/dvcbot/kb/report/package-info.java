/**
 * Reports generated from the content itself, so they never drift from it: the overview table of
 * docs/knowledge-base.md.
 */
package vn.gialai.dvcbot.kb.report;
