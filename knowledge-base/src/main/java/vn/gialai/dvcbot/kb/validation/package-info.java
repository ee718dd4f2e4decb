/**
 * Checks knowledge-base content before it can answer citizens: at build time, with
 * {@code java -jar dvc-bot.jar kb validate [DIR]}, and when an editor saves a draft. Every problem names the
 * file, the field and what to change.
 */
package vn.gialai.dvcbot.kb.validation;
