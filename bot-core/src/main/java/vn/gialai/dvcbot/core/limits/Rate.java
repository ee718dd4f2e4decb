package vn.gialai.dvcbot.core.limits;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/**
 * How many per how long, written as settings are: {@code 20/5m}, {@code 3/1h}, {@code 0/1m} (off).
 */
public record Rate(int capacity, Duration period) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\S+)\\s*");

    public static Rate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("A rate is written as count/duration, e.g. 20/5m: " + text);
        }
        return new Rate(Integer.parseInt(m.group(1)), DurationStyle.detectAndParse(m.group(2)));
    }

    RateLimit named(String name) {
        return new RateLimit(name, capacity, period);
    }

    @Override
    public String toString() {
        return capacity + "/" + period;
    }
}
