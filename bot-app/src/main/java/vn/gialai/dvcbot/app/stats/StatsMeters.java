package vn.gialai.dvcbot.app.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * The same figures as Micrometer meters for {@code /actuator/prometheus}, with low-cardinality tags only (channel,
 * outcome, ticket event, stars): no commune, entry or conversation, which the day buckets keep instead.
 */
class StatsMeters {

    private final MeterRegistry registry;

    StatsMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void turn(String channel, InboundMessage.Kind kind, Set<Outcome> outcomes) {
        if (kind != InboundMessage.Kind.START) {
            Counter.builder("dvc.messages").description("Messages citizens sent (text, choices, media)")
                    .tag("channel", channel).register(registry).increment();
        }
        for (Outcome outcome : outcomes) {
            Counter.builder("dvc.turns").description("What the bot did with citizens' messages")
                    .tag("channel", channel).tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry).increment();
        }
    }

    void ticket(String channel, String event) {
        Counter.builder("dvc.handoff.tickets").description("Handoff tickets requested, claimed, closed, abandoned")
                .tag("channel", channel).tag("event", event).register(registry).increment();
    }

    void waited(String channel, Duration waited) {
        Timer.builder("dvc.handoff.wait").description("How long citizens waited for a volunteer to claim their ticket")
                .tag("channel", channel).publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(1)).register(registry).record(waited);
    }

    void handled(String channel, Duration handled) {
        Timer.builder("dvc.handoff.handling").description("From a volunteer's claim to the close")
                .tag("channel", channel).publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(1)).register(registry).record(handled);
    }

    void rating(String channel, int stars) {
        Counter.builder("dvc.handoff.ratings").description("Citizens' ratings of volunteers' help (1–5)")
                .tag("channel", channel).tag("stars", String.valueOf(stars)).register(registry).increment();
    }

    void dropped(long count) {
        Counter.builder("dvc.stats.dropped").description("Statistics events dropped while Redis was unwritable")
                .register(registry).increment(count);
    }
}
