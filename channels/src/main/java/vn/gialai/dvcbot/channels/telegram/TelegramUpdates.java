package vn.gialai.dvcbot.channels.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;

/**
 * Hands an update to the engine, durably (the engine's inbox is in Redis), whichever way it arrived. Throws
 * when it cannot be kept, so the caller does not tell Telegram it arrived. A tapped button is always answered,
 * or the citizen's app shows a spinner.
 */
final class TelegramUpdates implements TelegramPoller.UpdateSink {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final TelegramInbound inbound;
    private final ConversationEngine engine;
    private final RedisTelegramStore store;
    private final TelegramApi api;
    private final ChannelWatch watch;

    TelegramUpdates(TelegramInbound inbound, ConversationEngine engine, RedisTelegramStore store, TelegramApi api,
            ChannelWatch watch) {
        this.inbound = inbound;
        this.engine = engine;
        this.store = store;
        this.api = api;
        this.watch = watch;
    }

    /** Returns whether the update was new (false: a repeat, or nothing for the bot). */
    @Override
    public boolean handOver(Update update) {
        TelegramInbound.Incoming incoming = inbound.read(update);
        watch.accepted();
        boolean accepted = incoming.message().map(message -> {
            store.reachable(message.conversation());
            return engine.submit(message);
        }).orElse(false);
        if (incoming.callbackQueryId() != null) {
            TelegramApi.Answer answer = api.answerCallback(incoming.callbackQueryId());
            if (!answer.ok()) {
                log.debug("Could not answer a Telegram button tap: {}", answer.description());
            }
        }
        return accepted;
    }
}
