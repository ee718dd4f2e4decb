package vn.gialai.dvcbot.core.redis;

/**
 * The handoff's Redis keys. All share the {@code {handoff}} hash tag, so every ticket script stays atomic (one
 * slot) in Redis Cluster.
 */
record HandoffKeys(RedisKeys keys) {

    String key(String name) {
        return keys.global("{handoff}:" + name);
    }

    String ticket(String id) {
        return ticketPrefix() + id;
    }

    /** A ticket's key without its id, for the script that reads many tickets at once. */
    String ticketPrefix() {
        return key("ticket:");
    }

    String notes(String id) {
        return key("notes:" + id);
    }

    String waiting() {
        return key("waiting");
    }

    String assigned() {
        return key("assigned");
    }

    String closed() {
        return key("closed");
    }

    /** Conversation id → its open ticket's id. */
    String open() {
        return key("open");
    }

    String sequence() {
        return key("seq");
    }

    /** Recent waits, newest first: {@code claimedAtMs:waitedMs}. */
    String waits() {
        return key("waits");
    }

    /** Pub/sub channel of ticket changes, for every instance's consoles. */
    String changes() {
        return keys.global("handoff:changes");
    }
}
