package vn.gialai.dvcbot.benchmarks.faults;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one scenario did to the citizens, counted at the platform stand-in. */
record Outcome(Scenario scenario, int deliveries, int acknowledged, int answered, int lost, int doubled,
        String inFlightAtFault, Backlog backlog, long pendingDeliveredAfterFaultMs,
        long pendingDeliveredAfterRecoveryMs, long recoveredAfterFaultMs, long lastDeliveryAfterRecoveryMs,
        long wroteBeforeRecoveryLastReplyMs, long longestWaitMs, long seconds) {

    static Outcome count(Scenario scenario, ZaloCitizens citizens, int count, Map<String, List<Long>> sends,
            FaultRun.Fault fault, Backlog backlog, long lastSendAt, long seconds) {
        int answered = 0;
        int lost = 0;
        int doubled = 0;
        long pendingDeliveredAt = 0;
        long wroteBeforeRecoveryAnsweredAt = 0;
        long longestWait = 0;
        for (int i = 0; i < count; i++) {
            List<Long> times = sends.getOrDefault(ZaloCitizens.USER_PREFIX + i, List.of());
            int received = times.size();
            if (fault.acknowledgedBefore().get(i) && received > 0) {
                pendingDeliveredAt = Math.max(pendingDeliveredAt, times.stream().min(Long::compare).orElseThrow());
            }
            if (received > 0) {
                long firstReply = times.stream().min(Long::compare).orElseThrow();
                long sent = citizens.firstSentAt(i);
                longestWait = Math.max(longestWait, firstReply - sent);
                if (sent > 0 && sent < fault.recoveredAt()) {
                    wroteBeforeRecoveryAnsweredAt = Math.max(wroteBeforeRecoveryAnsweredAt, firstReply);
                }
            }
            answered += received > 0 ? 1 : 0;
            lost += citizens.wasAcknowledged(i) && received == 0 ? 1 : 0;
            doubled += Math.max(0, received - 1);
        }
        return new Outcome(scenario, count * scenario.copies, citizens.acknowledged(), answered, lost, doubled,
                fault.inFlight(), backlog, Math.max(0, pendingDeliveredAt - fault.at()),
                Math.max(0, pendingDeliveredAt - fault.recoveredAt()), fault.recoveredAt() - fault.at(),
                Math.max(0, lastSendAt - fault.recoveredAt()),
                Math.max(0, wroteBeforeRecoveryAnsweredAt - fault.recoveredAt()), longestWait, seconds);
    }

    static String header() {
        return "| Fault | Redis | Instances | Events delivered | Acknowledged | Answered | Lost | Doubled "
                + "| In flight at the fault | Acknowledged, unanswered at the fault (oldest waiting) | Recovery after the fault "
                + "| Their last reply after the fault | after the recovery "
                + "| Everyone who wrote before the recovery: last reply after it | Longest wait (first send to reply) "
                + "| Run |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %s | %d (%.1f s) | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %d s |",
                scenario.id, scenario.redis.name().toLowerCase(Locale.ROOT), scenario.instances, deliveries,
                acknowledged, answered, lost, doubled, inFlightAtFault, backlog.unanswered(), backlog.oldestWaitMs() / 1000.0,
                recoveredAfterFaultMs / 1000.0, pendingDeliveredAfterFaultMs / 1000.0,
                pendingDeliveredAfterRecoveryMs / 1000.0,
                wroteBeforeRecoveryLastReplyMs / 1000.0, longestWaitMs / 1000.0, seconds);
    }
}
