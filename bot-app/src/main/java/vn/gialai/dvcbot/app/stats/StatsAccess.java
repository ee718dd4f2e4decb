package vn.gialai.dvcbot.app.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.core.handoff.Communes;

/**
 * Turns a request's parameters into a query the user may run: admins and editors read every commune; a team leader
 * (who is neither) only their own commune, which is then the query's commune whatever was asked.
 */
final class StatsAccess {

    /** The buckets are kept two years; a longer range would only add empty days. */
    static final long MAX_DAYS = 731;
    static final int DEFAULT_DAYS = 30;

    private final Communes communes;
    private final Clock clock;
    private final ZoneId zone;

    StatsAccess(Communes communes, Clock clock, ZoneId zone) {
        this.communes = communes;
        this.clock = clock;
        this.zone = zone;
    }

    /** Refused: the message says why, in Vietnamese. */
    static final class Refused extends RuntimeException {
        final boolean forbidden;

        Refused(boolean forbidden, String message) {
            super(message);
            this.forbidden = forbidden;
        }
    }

    StatsQuery query(StaffUser user, String from, String to, String channel, String commune) {
        LocalDate last = parse(to, today());
        LocalDate first = parse(from, last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            throw new Refused(false, "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new Refused(false, "Chỉ xem được tối đa 2 năm một lần.");
        }
        String channelName;
        try {
            channelName = StatsQuery.channelOf(channel);
        } catch (IllegalArgumentException e) {
            throw new Refused(false, e.getMessage());
        }
        String asked = commune == null || commune.isBlank() ? null : commune.strip();
        if (asked != null && communes.byCode(asked).isEmpty()) {
            throw new Refused(false, "Không có xã, phường nào mã " + asked + ".");
        }
        return new StatsQuery(first, last, channelName, scope(user, asked));
    }

    /** The commune the user may see: the asked one (or all) for admins and editors, their own for team leaders. */
    private static String scope(StaffUser user, String asked) {
        if (seesAll(user)) {
            return asked;
        }
        if (user == null || !user.hasRole(Role.TEAM_LEADER) || user.team() == null) {
            throw new Refused(true, "Tài khoản này không có quyền xem thống kê.");
        }
        if (asked != null && !asked.equals(user.team())) {
            throw new Refused(true, "Đội trưởng chỉ xem được thống kê của xã, phường mình.");
        }
        return user.team();
    }

    static boolean seesAll(StaffUser user) {
        return user != null && user.hasRole(Role.EDITOR);
    }

    LocalDate today() {
        return dayOf(clock.instant());
    }

    LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static LocalDate parse(String date, LocalDate otherwise) {
        if (date == null || date.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new Refused(false, "Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-12-05.");
        }
    }
}
