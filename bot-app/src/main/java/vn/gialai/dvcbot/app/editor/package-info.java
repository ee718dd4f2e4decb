/**
 * The editors' side: the knowledge-base editing API (contracts §9) and the console at {@code /editor} —
 * drafts, previews on each channel, versions and diffs, publishing with a regression check, the
 * missed-question inbox, import and export, and the audit log.
 */
package vn.gialai.dvcbot.app.editor;
