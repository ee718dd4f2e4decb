package vn.gialai.dvcbot.channels.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import vn.gialai.dvcbot.core.feedback.PersonalData;
import vn.gialai.dvcbot.core.handoff.HandoffClaimed;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffReleased;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.Ticket;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

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
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm dd/MM")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final TelegramApi api;
    private final RedisTelegramStore store;
    private final String chatId;
    private final String consoleBaseUrl;
    private final ExecutorService executor;
    private final Clock clock;
    private final Supplier<BotTexts> texts;

    /** @param texts the bot's words as published now (editors word the alerts in the knowledge base) */
    VolunteerAlerts(TelegramApi api, RedisTelegramStore store, String chatId, String consoleBaseUrl,
            ExecutorService executor, Clock clock, Supplier<BotTexts> texts) {
        this.texts = texts;
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
        long minutes = Duration.between(t.createdAt(), clock.instant()).toMinutes();
        later(() -> edit(t, minutes < 1 ? texts.get().format(BotText.ALERT_CLAIMED, "volunteer", t.assignee())
                : texts.get().format(BotText.ALERT_CLAIMED_AFTER, "volunteer", t.assignee(), "minutes", minutes)));
    }

    @EventListener
    void onReleased(HandoffReleased event) {
        later(() -> edit(event.ticket(), texts.get().get(event.leaseExpired() ? BotText.ALERT_LAPSED
                : BotText.ALERT_RELEASED)));
    }

    @EventListener
    void onClosed(HandoffClosed event) {
        later(() -> edit(event.ticket(), texts.get().get(BotText.ALERT_CLOSED)));
    }

    String text(Ticket ticket, String status) {
        BotTexts says = texts.get();
        StringBuilder text = new StringBuilder(says.format(BotText.ALERT, "ticket", ticket.id(),
                "commune", ticket.commune() == null ? says.get(BotText.ALERT_COMMUNE_UNKNOWN) : ticket.commune(),
                "channel", channelName(ticket.conversation().channel(), says),
                "sent", SENT.format(ticket.createdAt()), "waited", waitedFor(ticket, says)));
        if (ticket.firstQuestion() != null && !ticket.firstQuestion().isBlank()) {
            String question = PersonalData.mask(ticket.firstQuestion().strip());
            text.append('\n').append(says.format(BotText.ALERT_QUESTION, "question", question.length() > MAX_QUESTION
                    ? question.substring(0, MAX_QUESTION) + "…" : question));
        }
        if (!consoleBaseUrl.isEmpty()) {
            text.append('\n').append(says.format(BotText.ALERT_LINK, "link",
                    consoleBaseUrl + "/console/tickets/" + ticket.id()));
        }
        return text.append("\n\n").append(status).toString();
    }

    private void post(Ticket ticket) {
        TelegramApi.Answer answer = withRetries(() -> api.sendMessage(chatId,
                text(ticket, texts.get().get(BotText.ALERT_WAITING)),
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

    private String waitedFor(Ticket ticket, BotTexts says) {
        long minutes = Duration.between(ticket.createdAt(), clock.instant()).toMinutes();
        return minutes < 1 ? says.get(BotText.ALERT_UNDER_A_MINUTE) : says.format(BotText.ALERT_MINUTES, "minutes", minutes);
    }

    private static String channelName(String channel, BotTexts says) {
        return switch (channel) {
            case "zalo" -> "Zalo";
            case "telegram" -> "Telegram";
            case "webchat" -> says.get(BotText.ALERT_WEBCHAT);
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
