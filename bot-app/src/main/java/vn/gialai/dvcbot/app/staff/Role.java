package vn.gialai.dvcbot.app.staff;

/**
 * What a staff member may do. A team leader is a volunteer who also keeps their own team's schedule and members;
 * an admin may do everything the others do, for every team.
 */
public enum Role {
    VOLUNTEER("Tình nguyện viên"),
    EDITOR("Biên tập viên"),
    ADMIN("Quản trị"),
    TEAM_LEADER("Đội trưởng");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
