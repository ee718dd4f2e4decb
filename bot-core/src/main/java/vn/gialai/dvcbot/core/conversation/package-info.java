/**
 * The channel-neutral conversation engine: an {@link vn.gialai.dvcbot.core.message.InboundMessage} goes
 * in, {@link vn.gialai.dvcbot.core.message.Reply}s come out. It de-duplicates platform retries, keeps
 * each conversation's messages in order across app instances, decides between menu, choice, answer,
 * clarify and fallback, and keeps the transcript. Platform payloads never reach this package.
 */
package vn.gialai.dvcbot.core.conversation;
