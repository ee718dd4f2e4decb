package vn.gialai.dvcbot.app.stats;

import java.time.LocalDate;
import java.util.Set;

/**
 * What figures to read: days {@code from} to {@code to} (both included, local days), one channel or all
 * (null), one commune (its code) or all (null).
 */
record StatsQuery(LocalDate from, LocalDate to, String channel, String commune) {

    /** The channels as the engine names them; contracts §12 calls the web chat {@code web}. */
    static final Set<String> CHANNELS = Set.of("webchat", "zalo", "telegram");

    static String channelOf(String contractName) {
        if (contractName == null || contractName.isBlank()) {
            return null;
        }
        String name = contractName.strip().toLowerCase(java.util.Locale.ROOT);
        String channel = name.equals("web") ? "webchat" : name;
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("Kênh không hợp lệ: chọn web, zalo hoặc telegram.");
        }
        return channel;
    }

    static String contractName(String channel) {
        return "webchat".equals(channel) ? "web" : channel;
    }

    Set<String> channels() {
        return channel == null ? CHANNELS : Set.of(channel);
    }

    boolean matches(StatsFields.Field field) {
        return (channel == null || channel.equals(field.channel()))
                && (commune == null || commune.equals(field.commune()));
    }
}
