package vn.gialai.dvcbot.app.staff;

/** What a staff member may do. An admin may also do everything volunteers and editors do. */
public enum Role {
    VOLUNTEER("Tình nguyện viên"),
    EDITOR("Biên tập viên"),
    ADMIN("Quản trị");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
