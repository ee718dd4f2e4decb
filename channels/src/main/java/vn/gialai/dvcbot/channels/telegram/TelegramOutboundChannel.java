package vn.gialai.dvcbot.channels.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;
import vn.gialai.dvcbot.core.outbox.DeliveryResult;
import vn.gialai.dvcbot.core.outbox.OutboundChannel;
import vn.gialai.dvcbot.core.outbox.OutboxItem;

/**
 * Delivers outbox items as Telegram messages, paced to Telegram's limits. A 429 pauses every chat for its
 * {@code retry_after}; a 403 (the citizen blocked the bot, or removed it from the group) stops trying and tells
 * the volunteer console. A reply split into several messages resumes where it stopped on a retry.
 */
final class TelegramOutboundChannel implements OutboundChannel, ChannelReachability {

    static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofSeconds(2);
    static final String BLOCKED = "Người dân đã chặn bot hoặc rời nhóm trên Telegram; tin nhắn không đến được nữa.";

    private final TelegramApi api;
    private final TelegramReplies replies;
    private final TelegramPacer pacer;
    private final RedisTelegramStore store;
    private final ChannelWatch watch;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.EPOCH);

    TelegramOutboundChannel(TelegramApi api, TelegramReplies replies, TelegramPacer pacer, RedisTelegramStore store,
            ChannelWatch watch, Clock clock) {
        this.api = api;
        this.replies = replies;
        this.pacer = pacer;
        this.store = store;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return TelegramSettings.CHANNEL;
    }

    @Override
    public DeliveryResult deliver(OutboxItem item) {
        Duration paused = Duration.between(clock.instant(), pausedUntil.get());
        if (paused.compareTo(Duration.ZERO) > 0) {
            return DeliveryResult.retry(paused, "Telegram flood control: sending paused");
        }
        ConversationKey to = item.to();
        List<TelegramReplies.Outgoing> parts = replies.render(item.reply());
        boolean several = parts.size() > 1;
        for (int i = several ? store.partsSent(to, item.id()) : 0; i < parts.size(); i++) {
            DeliveryResult result = send(to, parts.get(i));
            if (result.outcome() != DeliveryResult.Outcome.DELIVERED) {
                return result;
            }
            if (several && i < parts.size() - 1) {
                store.partSent(to, item.id(), i + 1);
            }
        }
        if (several) {
            store.forgetParts(to, item.id());
        }
        return DeliveryResult.delivered();
    }

    private DeliveryResult send(ConversationKey to, TelegramReplies.Outgoing part) {
        Duration wait = pacer.reserve(to.chatId(), clock.instant(), LONGEST_WAIT_IN_PLACE);
        if (wait.compareTo(LONGEST_WAIT_IN_PLACE) > 0) {
            return DeliveryResult.retry(wait, "Telegram pacing for this chat");
        }
        if (!wait.isZero()) {
            LockSupport.parkNanos(wait.toNanos());
        }
        return meaning(to, api.sendMessage(to.chatId(), part.text(), part.keyboard()));
    }

    private DeliveryResult meaning(ConversationKey to, TelegramApi.Answer answer) {
        if (answer.ok()) {
            watch.delivered();
            return DeliveryResult.delivered();
        }
        if (answer.errorCode() == 429) {
            Duration pause = answer.retryAfter().isZero() ? Duration.ofSeconds(5) : answer.retryAfter();
            pausedUntil.set(clock.instant().plus(pause));
            return DeliveryResult.retry(pause, "Telegram 429: " + answer.description());
        }
        if (answer.errorCode() == 403) {
            store.unreachable(to, BLOCKED);
            return DeliveryResult.undeliverable("the citizen blocked the bot on Telegram: " + answer.description());
        }
        if (answer.refused()) {
            return DeliveryResult.undeliverable("Telegram refused the message: " + answer.description());
        }
        return DeliveryResult.retry(Duration.ZERO, "Telegram did not take the message: " + answer.description());
    }

    @Override
    public Optional<Notice> notice(ConversationKey key) {
        return store.unreachableReason(key).map(why -> new Notice(false, null, why));
    }
}
