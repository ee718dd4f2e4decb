/**
 * Durable delivery of replies to messaging platforms: one ordered outbox per conversation, drained by a
 * dispatcher that retries with back-off, honours the platform's "retry after", keeps per-chat order and
 * never sends the same item twice after it was confirmed. Channels plug in as {@link
 * vn.gialai.dvcbot.core.outbox.OutboundChannel}s.
 */
package vn.gialai.dvcbot.core.outbox;
