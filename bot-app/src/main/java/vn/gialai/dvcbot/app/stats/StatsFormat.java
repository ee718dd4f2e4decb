package vn.gialai.dvcbot.app.stats;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures as Vietnamese readers write them: 1.234 people, 25,0 %, 2 phút 5 giây; a dash where nothing is known.
 * Public because the dashboard template calls it.
 */
public final class StatsFormat {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public String count(Object value) {
        if (!(value instanceof Number number)) {
            return "—";
        }
        return NumberFormat.getIntegerInstance(VI).format(number.longValue());
    }

    public String percent(Object share) {
        if (!(share instanceof BigDecimal value)) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value.movePointRight(2)) + " %";
    }

    public String decimal(Object value) {
        if (!(value instanceof BigDecimal number)) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    public String duration(Object seconds) {
        if (!(seconds instanceof Number number)) {
            return "—";
        }
        long s = number.longValue();
        if (s < 60) {
            return s + " giây";
        }
        if (s < 3_600) {
            return s / 60 + " phút" + (s % 60 == 0 ? "" : " " + s % 60 + " giây");
        }
        return s / 3_600 + " giờ" + (s % 3_600 / 60 == 0 ? "" : " " + s % 3_600 / 60 + " phút");
    }
}
