package vn.gialai.dvcbot.app.console;

/** Who is signed in, as the pages show them. */
record StaffView(String username, String displayName, boolean admin, String team, String teamName) {
}
