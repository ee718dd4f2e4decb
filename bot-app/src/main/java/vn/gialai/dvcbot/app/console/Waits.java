package vn.gialai.dvcbot.app.console;

import java.time.Duration;

/** Waiting times as volunteers read them. */
final class Waits {

    private Waits() {
    }

    static String describe(Duration waited) {
        long minutes = waited.toMinutes();
        if (minutes < 1) {
            return "vừa xong";
        }
        if (minutes < 60) {
            return minutes + " phút";
        }
        long hours = minutes / 60;
        return hours < 24 ? hours + " giờ " + (minutes % 60) + " phút" : (hours / 24) + " ngày";
    }
}
