package vn.gialai.dvcbot.core.handoff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When a team of volunteers is on duty, parsed from a short text such as
 * {@code "mon-fri 07:30-11:30,13:30-17:00; sat-sun 08:00-11:30"} (days {@code mon}…{@code sun}, ranges or
 * single days, several time ranges per day). {@code "always"} means round the clock, {@code "never"} that
 * nobody answers (the queue still keeps requests).
 */
public final class VolunteerHours {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] DAY_NAMES = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};

    private final Map<DayOfWeek, List<Range>> days;
    private final String spec;

    private VolunteerHours(Map<DayOfWeek, List<Range>> days, String spec) {
        this.days = days;
        this.spec = spec;
    }

    /** Parses a schedule; a mistake fails with a message that shows the expected form. */
    public static VolunteerHours parse(String spec) {
        String text = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        Map<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
        if (text.equals("always") || text.equals("24/7")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                days.put(day, List.of(new Range(LocalTime.MIN, LocalTime.MAX)));
            }
            return new VolunteerHours(days, text);
        }
        if (text.isEmpty() || text.equals("never")) {
            return new VolunteerHours(days, "never");
        }
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                parsePart(part.strip(), days, spec);
            }
        }
        return new VolunteerHours(days, text);
    }

    private static void parsePart(String part, Map<DayOfWeek, List<Range>> days, String spec) {
        String[] words = part.split("\\s+", 2);
        if (words.length != 2) {
            throw invalid(spec, "'" + part + "' needs days and times");
        }
        List<Range> ranges = new ArrayList<>();
        for (String range : words[1].replace(" ", "").split(",")) {
            ranges.add(Range.parse(range, spec));
        }
        for (DayOfWeek day : parseDays(words[0], spec)) {
            days.computeIfAbsent(day, d -> new ArrayList<>()).addAll(ranges);
        }
    }

    private static List<DayOfWeek> parseDays(String text, String spec) {
        List<DayOfWeek> result = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] ends = item.split("-");
            DayOfWeek from = day(ends[0], spec);
            DayOfWeek to = ends.length > 1 ? day(ends[1], spec) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                result.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return result;
    }

    private static DayOfWeek day(String code, String spec) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equalsIgnoreCase(code.strip())) {
                return day;
            }
        }
        throw invalid(spec, "unknown day '" + code + "' (use mon, tue, wed, thu, fri, sat, sun)");
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("Volunteer hours '" + spec + "': " + why
                + ". Expected e.g. \"mon-fri 07:30-11:30,13:30-17:00; sat-sun 08:00-11:30\", \"always\" or \"never\".");
    }

    public boolean isOpen(ZonedDateTime at) {
        LocalTime time = at.toLocalTime();
        return days.getOrDefault(at.getDayOfWeek(), List.of()).stream().anyMatch(r -> r.contains(time));
    }

    /** The next moment someone is on duty, looking a week ahead; empty for "never". */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime after) {
        if (isOpen(after)) {
            return Optional.of(after);
        }
        for (int d = 0; d <= 7; d++) {
            LocalDate date = after.toLocalDate().plusDays(d);
            for (Range range : sorted(days.getOrDefault(date.getDayOfWeek(), List.of()))) {
                ZonedDateTime start = date.atTime(range.from()).atZone(after.getZone());
                if (start.isAfter(after)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /** The schedule in Vietnamese, e.g. "Thứ Hai đến Thứ Sáu 07:30–17:00; Thứ Bảy, Chủ Nhật 08:00–11:30". */
    public String describe() {
        if (days.isEmpty()) {
            return "chưa có lịch trực";
        }
        List<String> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            List<Range> ranges = sorted(days.getOrDefault(all[i], List.of()));
            int j = i;
            while (j + 1 < all.length && sorted(days.getOrDefault(all[j + 1], List.of())).equals(ranges)) {
                j++;
            }
            if (!ranges.isEmpty()) {
                parts.add(dayRange(i, j) + " " + times(ranges));
            }
            i = j + 1;
        }
        return String.join("; ", parts);
    }

    /** When the next opening is, as a citizen would say it: "lúc 13:30 hôm nay", "lúc 07:30 sáng mai". */
    public static String when(ZonedDateTime next, ZonedDateTime now) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), next.toLocalDate());
        String time = "lúc " + HH_MM.format(next);
        if (days == 0) {
            return time + " hôm nay";
        }
        if (days == 1) {
            return time + " ngày mai";
        }
        return time + " " + DAY_NAMES[next.getDayOfWeek().ordinal()] + " (" + DAY_MONTH.format(next) + ")";
    }

    public String spec() {
        return spec;
    }

    private static String dayRange(int from, int to) {
        if (from == to) {
            return DAY_NAMES[from];
        }
        if (to == from + 1) {
            return DAY_NAMES[from] + ", " + DAY_NAMES[to];
        }
        return from == 0 && to == 6 ? "Hằng ngày" : DAY_NAMES[from] + " đến " + DAY_NAMES[to];
    }

    private static String times(List<Range> ranges) {
        List<String> texts = new ArrayList<>();
        for (Range r : ranges) {
            texts.add(r.isAllDay() ? "cả ngày" : HH_MM.format(r.from()) + "–" + HH_MM.format(r.to()));
        }
        return String.join(", ", texts);
    }

    private static List<Range> sorted(List<Range> ranges) {
        return ranges.stream().sorted((a, b) -> a.from().compareTo(b.from())).toList();
    }

    private record Range(LocalTime from, LocalTime to) {

        static Range parse(String text, String spec) {
            String[] ends = text.split("-");
            try {
                if (ends.length == 2) {
                    LocalTime from = LocalTime.parse(pad(ends[0]));
                    LocalTime to = ends[1].equals("24:00") ? LocalTime.MAX : LocalTime.parse(pad(ends[1]));
                    if (to.isAfter(from)) {
                        return new Range(from, to);
                    }
                }
            } catch (DateTimeParseException e) {
                // reported below with the whole schedule
            }
            throw invalid(spec, "'" + text + "' is not a time range like 07:30-17:00");
        }

        private static String pad(String time) {
            return time.length() == 4 ? "0" + time : time;
        }

        boolean contains(LocalTime t) {
            return !t.isBefore(from) && t.isBefore(to) || (to.equals(LocalTime.MAX) && !t.isBefore(from));
        }

        boolean isAllDay() {
            return from.equals(LocalTime.MIN) && to.equals(LocalTime.MAX);
        }
    }
}
