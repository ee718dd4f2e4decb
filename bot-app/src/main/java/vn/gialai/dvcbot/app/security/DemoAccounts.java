package vn.gialai.dvcbot.app.security;

/** Whether the demo accounts of a local trial work: BOT_DEMO_USERS, by default on only without REDIS_URL. */
final class DemoAccounts {

    private final boolean on;

    DemoAccounts(SecuritySettings settings, String redisUrl) {
        String configured = settings.demoUsers() == null ? "" : settings.demoUsers().strip();
        this.on = configured.isEmpty() ? redisUrl == null || redisUrl.isBlank() : Boolean.parseBoolean(configured);
    }

    boolean on() {
        return on;
    }
}
