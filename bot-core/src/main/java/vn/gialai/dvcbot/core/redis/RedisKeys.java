package vn.gialai.dvcbot.core.redis;

import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * Every Redis key the core uses. Per-conversation keys carry the conversation id as a hash tag so a Lua
 * script may touch them together in Redis Cluster.
 */
public final class RedisKeys {

    private final String prefix;

    public RedisKeys(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.contains("{") || prefix.contains("}")) {
            throw new IllegalArgumentException("Redis key prefix must be non-empty and free of braces: " + prefix);
        }
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** A key outside the conversation families, e.g. {@code handoff:tickets}. */
    public String global(String name) {
        return prefix + name;
    }

    public String conversation(ConversationKey key, String part) {
        // One concatenation (not key.id() first): built several times for every step of every turn.
        return prefix + "conv:{" + key.channel() + ":" + key.chatId() + "}:" + part;
    }

    String state(ConversationKey key) {
        return conversation(key, "state");
    }

    String transcript(ConversationKey key) {
        return conversation(key, "transcript");
    }

    String seq(ConversationKey key) {
        return conversation(key, "seq");
    }

    String seen(ConversationKey key, String messageId) {
        return conversation(key, "seen:" + messageId);
    }

    String inbox(ConversationKey key) {
        return conversation(key, "inbox");
    }

    String result(ConversationKey key, String messageId) {
        return conversation(key, "result:" + messageId);
    }

    String outbox(ConversationKey key) {
        return conversation(key, "outbox");
    }

    /** Who handles the conversation now; under its hash tag so every step can check it. */
    String turnLease(ConversationKey key) {
        return conversation(key, "lease");
    }

    /** Effects of committed turns still to be made, oldest first. */
    String effects(ConversationKey key) {
        return conversation(key, "effects");
    }

    /** Pub/sub channel: "a result is ready" for requests waiting on another instance. */
    String announcements() {
        return prefix + "conv:handled";
    }

    /** Who delivers the conversation's outbox now; under its hash tag so the delivery steps can check it. */
    String outboxLease(ConversationKey key) {
        return conversation(key, "outbox-lease");
    }

    String outboxRetry(ConversationKey key) {
        return conversation(key, "outbox-retry");
    }

    String inboxPending() {
        return prefix + "inbox:pending";
    }

    String outboxReady() {
        return prefix + "outbox:ready";
    }

    String outboxUndeliverable() {
        return prefix + "outbox:undeliverable";
    }

    String lease(String name) {
        return prefix + "lease:{" + name + "}";
    }
}
