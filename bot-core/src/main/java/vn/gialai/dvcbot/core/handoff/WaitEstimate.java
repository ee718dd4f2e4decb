package vn.gialai.dvcbot.core.handoff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * What recent tickets really waited before a volunteer claimed them: the median and a longer wait (the 80th
 * percentile). With fewer than {@link #MIN_SAMPLES} recent claims it says honestly that it does not know.
 */
public record WaitEstimate(int samples, Duration typical, Duration longer) {

    static final int MIN_SAMPLES = 3;

    public static WaitEstimate of(List<Duration> waits) {
        if (waits.size() < MIN_SAMPLES) {
            return new WaitEstimate(waits.size(), null, null);
        }
        List<Duration> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        return new WaitEstimate(sorted.size(), percentile(sorted, 50), percentile(sorted, 80));
    }

    private static Duration percentile(List<Duration> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    public boolean known() {
        return typical != null;
    }

    /** One sentence for the citizen, in the bot's published words. */
    public String describe(BotTexts texts) {
        if (!known()) {
            return texts.get(BotText.WAIT_UNKNOWN);
        }
        return minutesOf(longer) > minutesOf(typical)
                ? texts.format(BotText.WAIT_TYPICAL_LONGER, "typical", minutes(typical), "longer", minutes(longer))
                : texts.format(BotText.WAIT_TYPICAL, "typical", minutes(typical));
    }

    static String minutes(Duration d) {
        long m = minutesOf(d);
        if (m < 1) {
            return "dưới 1 phút";
        }
        if (m < 60) {
            return "khoảng " + m + " phút";
        }
        long h = m / 60;
        long rest = m % 60;
        return "khoảng " + h + " giờ" + (rest >= 5 ? " " + rest + " phút" : "");
    }

    private static long minutesOf(Duration d) {
        return Math.round(d.toSeconds() / 60.0);
    }
}
