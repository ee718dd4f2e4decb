/**
 * The knowledge base as the conversation engine sees it: the {@link vn.gialai.dvcbot.core.answers.AnswerCatalog}
 * over the current content and its trained matcher, swapped atomically when the content changes.
 */
package vn.gialai.dvcbot.kb.catalog;
