/**
 * The editing rules of the knowledge base, with no web layer: entries' drafts, versions, publishing and restore
 * ({@link vn.gialai.dvcbot.kb.editing.EntryEditing}), what makes an entry valid and two questions the same
 * ({@link vn.gialai.dvcbot.kb.editing.EntryRules}), the missed-question inbox
 * ({@link vn.gialai.dvcbot.kb.editing.MissedInbox}), import plans and the export zip
 * ({@link vn.gialai.dvcbot.kb.editing.ImportPlanning}, {@link vn.gialai.dvcbot.kb.editing.KnowledgeBaseArchive}).
 * bot-app's editor controllers are thin pages and JSON over these; every refusal is an
 * {@link vn.gialai.dvcbot.kb.editing.EditingRefused}.
 */
package vn.gialai.dvcbot.kb.editing;
