package vn.gialai.dvcbot.core.handoff;

import vn.gialai.dvcbot.core.testing.InMemoryHandoffQueue;

/** The ticket state machine, in memory: keeps the test queue honest for the unit tests that use it. */
class InMemoryHandoffQueueTests extends HandoffQueueContract {

    private final InMemoryHandoffQueue queue = new InMemoryHandoffQueue();

    @Override
    HandoffQueue queue() {
        return queue;
    }
}
