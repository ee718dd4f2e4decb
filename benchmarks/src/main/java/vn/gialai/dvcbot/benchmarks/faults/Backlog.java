package vn.gialai.dvcbot.benchmarks.faults;

import java.util.BitSet;

/**
 * What the fault caught between the webhook's 200 and the reply: how many citizens, and how long the oldest of
 * them had waited. On a healthy app the oldest waited about one turn; seconds mean the app was behind before the
 * fault, and their replies measure its speed as much as the recovery.
 */
record Backlog(int unanswered, long oldestWaitMs) {

    static Backlog at(BitSet acknowledged, ZaloCitizens people, RecordingPlatform platform, long now) {
        int unanswered = 0;
        long oldest = 0;
        for (int i = acknowledged.nextSetBit(0); i >= 0; i = acknowledged.nextSetBit(i + 1)) {
            if (!platform.sends().containsKey(ZaloCitizens.USER_PREFIX + i)) {
                unanswered++;
                oldest = Math.max(oldest, now - people.acknowledgedAt(i));
            }
        }
        return new Backlog(unanswered, oldest);
    }
}
