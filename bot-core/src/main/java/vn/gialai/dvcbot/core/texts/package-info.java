/**
 * The bot's own words (prompts, notices, button labels, volunteer alerts) as data editors correct: every text has
 * a key, the placeholders it fills and the wording the code falls back to ({@link vn.gialai.dvcbot.core.texts.BotText});
 * {@link vn.gialai.dvcbot.core.texts.BotTexts} is one consistent set of them, taken from the published knowledge
 * base through the {@link vn.gialai.dvcbot.core.answers.AnswerCatalog} port.
 */
package vn.gialai.dvcbot.core.texts;
