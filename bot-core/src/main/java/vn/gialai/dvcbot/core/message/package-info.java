/**
 * What every part of the core and every channel speaks: the conversation key, the citizen's inbound message,
 * the bot's replies and choices, transcript messages and who wrote them, and the port for writing to a
 * conversation outside a citizen's turn. Depends on nothing else in the project.
 */
package vn.gialai.dvcbot.core.message;
