package vn.gialai.dvcbot.core.handoff;

import java.util.function.Consumer;

/** Live changes of the handoff queue from every app instance (Redis pub/sub), for the volunteer consoles. */
public interface TicketChanges {

    /** Calls the listener for every change until the returned handle is closed. */
    AutoCloseable subscribe(Consumer<TicketChange> listener);
}
