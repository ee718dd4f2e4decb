package vn.gialai.dvcbot.core.handoff;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every few seconds, on every instance: claims whose volunteer went quiet go back to the queue. */
class HandoffSweep {

    private static final Logger log = LoggerFactory.getLogger(HandoffSweep.class);

    private final HandoffDesk desk;
    private final AtomicBoolean failing = new AtomicBoolean();

    HandoffSweep(HandoffDesk desk) {
        this.desk = desk;
    }

    void returnLapsedClaims() {
        try {
            desk.returnLapsed();
            if (failing.compareAndSet(true, false)) {
                log.info("Handoff lease sweep works again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                log.warn("Handoff lease sweep failed (is Redis reachable?); retrying: {}", e.toString());
            }
        }
    }
}
