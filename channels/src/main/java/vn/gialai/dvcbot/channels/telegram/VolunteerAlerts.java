package vn.gialai.dvcbot.channels.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import vn.gialai.dvcbot.core.feedback.PersonalData;
import vn.gialai.dvcbot.core.handoff.HandoffClaimed;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffReleased;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.Ticket;

/**
 * Posts each new handoff to the volunteers' Telegram group (commune, channel, waiting time, first question with
 * personal numbers masked, a link to the console) and edits that post when the ticket is claimed, released or
 * closed, so the group shows at a glance who still waits. Sent in the background: an alert never slows a
 * citizen's conversation, and a few retries cover Telegram's hiccups.
 */
final class VolunteerAlerts {

    private static final Logger log = LoggerFactory.getLogger(VolunteerAlerts.class);
    private static final int ATTEMPTS = 3;
    private static final int MAX_QUESTION = 300;

    private final TelegramApi api;
    private final RedisTelegramStore store;
    private final String chatId;
    private final String consoleBaseUrl;
    private final ExecutorService executor;
    private final Clock clock;

    VolunteerAlerts(TelegramApi api, RedisTelegramStore store, String chatId, String consoleBaseUrl,
            ExecutorService executor, Clock clock) {
        this.api = api;
        this.store = store;
        this.chatId = chatId.strip();
        this.consoleBaseUrl = consoleBaseUrl == null ? "" : consoleBaseUrl.strip().replaceAll("/+$", "");
        this.executor = executor;
        this.clock = clock;
    }

    @EventListener
    void onRequested(HandoffRequested event) {
        later(() -> post(event.ticket()));
    }

    @EventListener
    void onClaimed(HandoffClaimed event) {
        Ticket t = event.ticket();
        later(() -> edit(t, "✅ Tình nguyện viên " + t.assignee() + " đã nhận" + waited(t, "sau ") + "."));
    }

    @EventListener
    void onReleased(HandoffReleased event) {
        later(() -> edit(event.ticket(), "↩️ Yêu cầu trở lại hàng chờ"
                + (event.leaseExpired() ? " (tình nguyện viên không trả lời kịp)" : "") + ", cần người nhận."));
    }

    @EventListener
    void onClosed(HandoffClosed event) {
        later(() -> edit(event.ticket(), "☑️ Đã xong."));
    }

    String text(Ticket ticket, String status) {
        StringBuilder text = new StringBuilder("🔔 Bà con cần hỗ trợ – yêu cầu #").append(ticket.id())
                .append("\nXã, phường: ").append(ticket.commune() == null ? "chưa rõ" : ticket.commune())
                .append("\nKênh: ").append(channelName(ticket.conversation().channel()))
                .append("\nGửi lúc: ").append(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM")
                        .format(ticket.createdAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .append("\nĐã chờ: ").append(waitedFor(ticket));
        if (ticket.firstQuestion() != null && !ticket.firstQuestion().isBlank()) {
            String question = PersonalData.mask(ticket.firstQuestion().strip());
            text.append("\nCâu hỏi: “").append(question.length() > MAX_QUESTION
                    ? question.substring(0, MAX_QUESTION) + "…" : question).append('”');
        }
        if (!consoleBaseUrl.isEmpty()) {
            text.append("\nMở trong hàng chờ: ").append(consoleBaseUrl).append("/console/tickets/").append(ticket.id());
        }
        return text.append("\n\n").append(status).toString();
    }

    private void post(Ticket ticket) {
        TelegramApi.Answer answer = withRetries(() -> api.sendMessage(chatId, text(ticket, "⏳ Đang chờ người nhận."),
                List.of()));
        if (answer.ok() && answer.messageId() != null) {
            store.alertPosted(ticket.id(), answer.messageId());
        } else {
            log.warn("Could not alert the volunteers' Telegram group of ticket {}: {}", ticket.id(), answer.description());
        }
    }

    private void edit(Ticket ticket, String status) {
        store.alertOf(ticket.id()).ifPresent(messageId -> {
            TelegramApi.Answer answer = withRetries(() -> api.editMessageText(chatId, messageId, text(ticket, status)));
            if (!answer.ok()) {
                log.debug("Could not update the volunteers' alert of ticket {}: {}", ticket.id(), answer.description());
            }
        });
    }

    private TelegramApi.Answer withRetries(java.util.function.Supplier<TelegramApi.Answer> call) {
        TelegramApi.Answer answer = call.get();
        for (int attempt = 1; attempt < ATTEMPTS && !answer.ok() && !answer.refused(); attempt++) {
            Duration wait = answer.retryAfter().isZero() ? Duration.ofSeconds(attempt) : answer.retryAfter();
            LockSupport.parkNanos(wait.toNanos());
            answer = call.get();
        }
        return answer;
    }

    private String waitedFor(Ticket ticket) {
        long minutes = Duration.between(ticket.createdAt(), clock.instant()).toMinutes();
        return minutes < 1 ? "dưới 1 phút" : minutes + " phút";
    }

    private String waited(Ticket ticket, String prefix) {
        long minutes = Duration.between(ticket.createdAt(), clock.instant()).toMinutes();
        return minutes < 1 ? "" : " " + prefix + minutes + " phút chờ";
    }

    private static String channelName(String channel) {
        return switch (channel) {
            case "zalo" -> "Zalo";
            case "telegram" -> "Telegram";
            case "webchat" -> "Trang web";
            default -> channel;
        };
    }

    private void later(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Volunteer alert on Telegram failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Not alerting volunteers on Telegram: shutting down");
        }
    }
}
