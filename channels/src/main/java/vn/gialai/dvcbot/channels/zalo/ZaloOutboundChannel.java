package vn.gialai.dvcbot.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.core.lease.Lease;
import vn.gialai.dvcbot.core.lease.Leases;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.outbox.DeliveryResult;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * Delivers outbox items as consultation messages. The dispatcher around it keeps order, retries and gives up;
 * this class renders, asks the free-reply rules ({@link ZaloMessagingWindow}) whether a message may go, meets
 * an expired token with one refresh and one resend, and says what Zalo's answer means. A volunteer's reply that
 * would not be free is taken out of the outbox into a hold and sent when the citizen writes again. A reply
 * split into several messages remembers how many were sent, so a retry continues where it stopped.
 */
final class ZaloOutboundChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(ZaloOutboundChannel.class);
    private static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(60);
    private static final Duration WAIT_FOR_ADMIN = Duration.ofMinutes(5);
    private static final Duration HELD_LEASE = Duration.ofSeconds(60);
    private static final LocalTime MORNING = LocalTime.of(6, 0);
    private static final Duration LONGEST_NIGHT = Duration.ofHours(8);
    private static final Duration DAYTIME_NIGHT_ERROR_WAIT = Duration.ofMinutes(15);

    private final ZaloApi api;
    private final ZaloTokens tokens;
    private final ZaloReplies replies;
    private final ZaloMessagingWindow window;
    private final RedisZaloContacts contacts;
    private final ChannelWatch watch;
    private final Leases leases;
    private final boolean buttons;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicBoolean buttonsRefused = new AtomicBoolean();
    /** Zalo's rate limit applies to the whole app, so one "slow down" pauses every conversation here. */
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.EPOCH);

    ZaloOutboundChannel(ZaloApi api, ZaloTokens tokens, ZaloReplies replies, ZaloMessagingWindow window,
            RedisZaloContacts contacts, ChannelWatch watch, Leases leases, boolean buttons, Clock clock) {
        this.api = api;
        this.tokens = tokens;
        this.replies = replies;
        this.window = window;
        this.contacts = contacts;
        this.watch = watch;
        this.leases = leases;
        this.buttons = buttons;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return ZaloSettings.CHANNEL;
    }

    @Override
    public DeliveryResult deliver(OutboxItem item) {
        Duration paused = Duration.between(clock.instant(), pausedUntil.get());
        if (!paused.isNegative() && !paused.isZero()) {
            return DeliveryResult.retry(paused, "Zalo rate limit: sending paused");
        }
        ConversationKey to = item.to();
        List<ObjectNode> parts = replies.render(to.chatId(), item.reply(), buttons && !buttonsRefused.get());
        int first = parts.size() > 1 ? contacts.partsSent(to, item.id()) : 0;
        if (first >= parts.size()) {
            return contacts.unreachableNotice(to).isPresent()
                    ? DeliveryResult.undeliverable(ZaloMessagingWindow.UNREACHABLE) : DeliveryResult.delivered();
        }
        // One script: whether the citizen can be reached, and the free replies for this item.
        ZaloMessagingWindow.Decision decision = window.decide(item, parts.size() - first);
        return switch (decision.verdict()) {
            case UNREACHABLE -> DeliveryResult.undeliverable(decision.reason());
            case SEND -> sendParts(item, parts, first, decision);
            case HOLD -> hold(item, first == 0 ? item.reply().text() : unsent(parts, first), decision.reason());
            case SKIP -> DeliveryResult.undeliverable("not sent: " + decision.reason());
        };
    }

    /**
     * Sends what is held for the citizen, now that they wrote again (one instance at a time). A reply that still
     * may not go, or meets a temporary failure, stays held for the next time.
     */
    void sendHeld(ConversationKey key) {
        Optional<Lease> lease = leases.tryAcquire("zalo-held:" + key.id(), HELD_LEASE);
        if (lease.isEmpty()) {
            return;
        }
        try (Lease held = lease.get()) {
            for (String stored : contacts.held(key)) {
                OutboxItem item = heldItem(key, stored);
                List<ObjectNode> parts = replies.render(key.chatId(), item.reply(), false);
                ZaloMessagingWindow.Decision decision = window.decide(item, parts.size());
                if (decision.verdict() != ZaloMessagingWindow.Verdict.SEND) {
                    return;
                }
                DeliveryResult result = sendParts(item, parts, 0, decision);
                if (result.outcome() == DeliveryResult.Outcome.RETRY) {
                    return;
                }
                contacts.releaseHeld(key, stored);
                held.renew();
            }
        } catch (RuntimeException e) {
            log.warn("Could not send the replies held for a Zalo citizen; they stay held: {}", e.toString());
        }
    }

    /** Out of the outbox, into the hold: the outbox's part is done, the hold sends it when it may. */
    private DeliveryResult hold(OutboxItem item, String text, String why) {
        HeldReply held = new HeldReply(item.id(), text);
        contacts.hold(item.to(), json.writeValueAsString(held));
        log.info("Held a volunteer's Zalo reply until the citizen writes again: {}", why);
        return DeliveryResult.delivered();
    }

    /** The text of the parts of a split reply not sent yet, when the limit cut it short. */
    private static String unsent(List<ObjectNode> parts, int first) {
        return String.join("\n\n", parts.subList(first, parts.size()).stream()
                .map(part -> part.path("message").path("text").asString()).toList());
    }

    private OutboxItem heldItem(ConversationKey key, String stored) {
        try {
            HeldReply held = json.readValue(stored, HeldReply.class);
            return new OutboxItem(held.id(), key, Sender.VOLUNTEER, Reply.info(held.text()), clock.instant(), 0);
        } catch (JacksonException e) {
            return new OutboxItem("unreadable", key, Sender.VOLUNTEER, Reply.info(""), clock.instant(), 0);
        }
    }

    /** A volunteer's reply kept until the citizen writes again. */
    record HeldReply(String id, String text) {
    }

    private DeliveryResult sendParts(OutboxItem item, List<ObjectNode> parts, int first,
            ZaloMessagingWindow.Decision decision) {
        ConversationKey to = item.to();
        int reserved = decision.reserved();
        boolean several = parts.size() > 1;
        for (int i = first; i < parts.size(); i++) {
            DeliveryResult result = send(to, parts.get(i));
            if (result.outcome() != DeliveryResult.Outcome.DELIVERED) {
                window.release(to, Math.min(reserved, parts.size() - i));
                return result;
            }
            watch.delivered();
            if (several && i < parts.size() - 1) {
                contacts.partSent(to, item.id(), i + 1);
            }
        }
        if (several) {
            contacts.forgetParts(to, item.id());
        }
        window.delivered(to, decision);
        return DeliveryResult.delivered();
    }

    private DeliveryResult send(ConversationKey to, ObjectNode body) {
        try {
            String token = tokens.accessToken();
            ZaloApi.Answer answer = api.sendConsultation(token, body);
            if (ZaloErrors.isTokenError(answer.error())) {
                answer = api.sendConsultation(tokens.afterRejection(token), body);
            }
            return meaning(to, body, answer);
        } catch (TokenUnavailable e) {
            return DeliveryResult.retry(e.isForGood() ? WAIT_FOR_ADMIN : Duration.ZERO,
                    "no Zalo access token: " + e.getMessage());
        }
    }

    private DeliveryResult meaning(ConversationKey to, ObjectNode body, ZaloApi.Answer answer) {
        if (answer.ok()) {
            return DeliveryResult.delivered();
        }
        int code = answer.error();
        String notice = ZaloErrors.unreachableNotice(code);
        if (notice != null) {
            window.unreachable(to, notice);
            return DeliveryResult.undeliverable("the citizen cannot be reached on Zalo: " + answer.describe());
        }
        if (code == ZaloErrors.RATE_LIMITED || answer.httpStatus() == 429) {
            Duration pause = answer.retryAfter().isZero() ? RATE_LIMIT_PAUSE : answer.retryAfter();
            pausedUntil.set(clock.instant().plus(pause));
            return DeliveryResult.retry(pause, "Zalo rate limit " + answer.describe());
        }
        if (code == ZaloErrors.NIGHT) {
            return DeliveryResult.retry(untilMorning(), "Zalo does not deliver at night " + answer.describe());
        }
        if (code == ZaloErrors.INVALID_PARAMETER && body.path("message").has("attachment")) {
            if (buttonsRefused.compareAndSet(false, true)) {
                log.warn("Zalo refused choice buttons {}; sending choices as numbered lines from now on",
                        answer.describe());
            }
            return DeliveryResult.retry(Duration.ZERO, "Zalo refused buttons; resending with numbered choices");
        }
        if (code == ZaloErrors.INVALID_PARAMETER || ZaloErrors.isOutOfQuota(code)) {
            window.refused(to, ZaloErrors.refusalNotice(code) + ", " + answer.describe());
            return DeliveryResult.undeliverable("Zalo refused the message: " + answer.describe());
        }
        return DeliveryResult.retry(answer.retryAfter(), "Zalo did not take the message: " + answer.describe());
    }

    /** Until 06:00 in Vietnam, when Zalo's night pause ends; soon again if Zalo says "night" by day. */
    private Duration untilMorning() {
        ZonedDateTime now = clock.instant().atZone(ZaloMessagingWindow.VIETNAM);
        ZonedDateTime morning = now.toLocalDate().atTime(MORNING).atZone(ZaloMessagingWindow.VIETNAM);
        if (!morning.isAfter(now)) {
            morning = morning.plusDays(1);
        }
        Duration wait = Duration.between(now, morning);
        return wait.compareTo(LONGEST_NIGHT) > 0 ? DAYTIME_NIGHT_ERROR_WAIT : wait;
    }
}
