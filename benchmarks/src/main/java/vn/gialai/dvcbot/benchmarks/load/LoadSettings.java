package vn.gialai.dvcbot.benchmarks.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one load run does, from {@code --name=value} arguments.
 *
 * @param jar the application jar to start
 * @param workDir where the app's log and its embedded Redis go (emptied first)
 * @param webCitizens concurrent web chat citizens, each waiting for its replies before writing again
 * @param zaloEvents signed Zalo events from {@code zaloCitizens} citizens, sent by {@code zaloSenders} threads
 * @param webChatLimits whether the web chat rate limits are checked (raised so that they never refuse) or off
 */
record LoadSettings(Path jar, Path workDir, int appPort, int redisPort, int standInPort, Duration warmUp,
        Duration phase, int webCitizens, int zaloEvents, int zaloCitizens, int zaloSenders, Duration zaloTimeout, List<String> jvmArgs, boolean webChatLimits) {

    static LoadSettings parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, got: " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String jvm = given.getOrDefault("jvm-args", "-Xms512m -Xmx512m");
        return new LoadSettings(
                Path.of(given.getOrDefault("jar", "bot-app/target/dvc-bot.jar")).toAbsolutePath(),
                Path.of(given.getOrDefault("work-dir", "benchmarks/target/load")).toAbsolutePath(),
                Integer.parseInt(given.getOrDefault("app-port", "11600")),
                Integer.parseInt(given.getOrDefault("redis-port", "11601")),
                Integer.parseInt(given.getOrDefault("stand-in-port", "11602")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warm-up", "15"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "20"))),
                Integer.parseInt(given.getOrDefault("web-citizens", "32")),
                Integer.parseInt(given.getOrDefault("zalo-events", "20000")),
                Integer.parseInt(given.getOrDefault("zalo-citizens", "2000")),
                Integer.parseInt(given.getOrDefault("zalo-senders", "32")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("zalo-timeout", "180"))),
                jvm.isBlank() ? List.of() : Arrays.asList(jvm.trim().split("\\s+")),
                !"off".equals(given.getOrDefault("web-chat-limits", "on")));
    }
}
