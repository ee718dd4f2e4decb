package vn.gialai.dvcbot.app.teams;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.kb.communes.TeamSession;

/**
 * What a leader typed for their team, checked: each problem in words for the leader, with the row it is in.
 * Empty session rows and empty member lines are dropped (the form always offers a blank row).
 */
final class TeamInput {

    static final List<String> KINDS = List.of("Ngày thứ bảy tình nguyện", "Ngày chủ nhật xanh", "Buổi hỗ trợ lưu động");
    static final int MAX_SESSIONS = 200;
    static final int MAX_MEMBERS = 500;
    private static final int MAX_TEXT = 200;

    private final List<String> problems = new ArrayList<>();
    private final List<TeamSession> sessions = new ArrayList<>();
    private final List<Team.Member> members = new ArrayList<>();

    /** One typed session row, as strings. */
    record Row(String date, String from, String to, String place, String kind) {

        boolean blank() {
            return isBlank(date) && isBlank(from) && isBlank(to) && isBlank(place) && isBlank(kind);
        }
    }

    TeamInput(String name, List<Row> rows, List<Team.Member> typedMembers) {
        if (isBlank(name) || name.strip().length() > MAX_TEXT) {
            problems.add("Tên đội cần có và không dài quá " + MAX_TEXT + " ký tự.");
        }
        int number = 0;
        for (Row row : rows) {
            number++;
            if (!row.blank()) {
                session(number, row);
            }
        }
        for (Team.Member member : typedMembers) {
            if (member != null && !isBlank(member.name())) {
                members.add(new Team.Member(member.name().strip(), isBlank(member.phone()) ? null : member.phone().strip()));
            }
        }
        if (sessions.size() > MAX_SESSIONS || members.size() > MAX_MEMBERS) {
            problems.add("Một đội có tối đa " + MAX_SESSIONS + " buổi và " + MAX_MEMBERS + " thành viên.");
        }
    }

    private void session(int number, Row row) {
        String where = "Buổi thứ " + number + ": ";
        LocalDate date = parse(() -> LocalDate.parse(row.date().strip()));
        LocalTime from = parse(() -> LocalTime.parse(pad(row.from())));
        LocalTime to = parse(() -> LocalTime.parse(pad(row.to())));
        if (date == null) {
            problems.add(where + "ngày cần có dạng năm-tháng-ngày, ví dụ 2026-12-12.");
        }
        if (from == null || to == null || !to.isAfter(from)) {
            problems.add(where + "giờ bắt đầu và kết thúc cần có dạng 07:30, giờ kết thúc sau giờ bắt đầu.");
        }
        if (isBlank(row.place()) || row.place().strip().length() > MAX_TEXT) {
            problems.add(where + "cần nơi hỗ trợ (ví dụ: nhà văn hóa thôn 3), không dài quá " + MAX_TEXT + " ký tự.");
        }
        if (isBlank(row.kind()) || row.kind().strip().length() > MAX_TEXT) {
            problems.add(where + "cần loại buổi, ví dụ " + KINDS.get(0) + ".");
        }
        if (date != null && from != null && to != null && to.isAfter(from) && !isBlank(row.place()) && !isBlank(row.kind())) {
            sessions.add(new TeamSession(date, from, to, row.place().strip(), row.kind().strip()));
        }
    }

    List<String> problems() {
        return problems;
    }

    List<TeamSession> sessions() {
        return sessions;
    }

    List<Team.Member> members() {
        return members;
    }

    /** Members typed one per line: "Nguyễn Văn An – 0905123456" (or a comma); the phone is optional. */
    static List<Team.Member> membersFromLines(String lines) {
        List<Team.Member> members = new ArrayList<>();
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            String[] parts = line.split("\\s*[–,;-]\\s*(?=[+0-9 ]{8,}$)", 2);
            if (!line.isBlank()) {
                members.add(new Team.Member(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
            }
        }
        return members;
    }

    static String linesOf(List<Team.Member> members) {
        return String.join("\n", members.stream().map(m -> m.phone() == null ? m.name() : m.name() + " – " + m.phone())
                .toList());
    }

    private static String pad(String time) {
        String t = time == null ? "" : time.strip();
        return t.length() == 4 ? "0" + t : t;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
