package vn.gialai.dvcbot.core.conversation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * What one committed turn did, published after the commit for whoever counts (the statistics). It carries no
 * text the citizen wrote: only the conversation, the kind of message and what the bot did with it.
 *
 * @param entryIds the knowledge-base entries the bot answered from, in order
 * @param ratedTicketId the ticket the citizen rated in this turn, or null
 * @param stars the rating 1–5 given to {@code ratedTicketId}, else 0
 */
public record TurnHandled(ConversationKey conversation, InboundMessage.Kind messageKind, Instant at,
        Set<Outcome> outcomes, List<String> entryIds, String ratedTicketId, int stars) {

    public TurnHandled {
        outcomes = outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
        entryIds = List.copyOf(entryIds);
    }

    /** What the bot did; a turn may do several (a follow-up is also an answer). */
    public enum Outcome {
        /** Answered from a knowledge-base entry. */
        ANSWER,
        /** A typed message answered about the entry the citizen was already reading. */
        FOLLOW_UP,
        /** Offered several entries to choose from. */
        CLARIFY,
        /** Asked to confirm a lone guess ("Có phải …?"). */
        CONFIRM,
        /** Said it did not know. */
        FALLBACK,
        /** The citizen found an answer helpful (👍). */
        HELPFUL,
        /** The citizen found an answer unhelpful (👎). */
        UNHELPFUL
    }

    /**
     * Reads what a turn did from its replies, its effects and the choice the citizen picked; {@code texts} says
     * which typed words were a yes or a no (the published phrases).
     */
    static TurnHandled of(ConversationState before, InboundMessage message, Turn turn, Instant at, BotTexts texts) {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        Set<String> entries = new LinkedHashSet<>();
        for (Reply reply : turn.replies()) {
            switch (reply.kind()) {
                case ANSWER -> {
                    if (reply.entryId() != null) {
                        outcomes.add(Outcome.ANSWER);
                        entries.add(reply.entryId());
                    }
                }
                case CLARIFY -> outcomes.add(isConfirmation(reply) ? Outcome.CONFIRM : Outcome.CLARIFY);
                case FALLBACK -> outcomes.add(Outcome.FALLBACK);
                default -> {
                }
            }
        }
        if (isFollowUp(before, message, entries, texts)) {
            outcomes.add(Outcome.FOLLOW_UP);
        }
        if (picked(before, message, texts).filter(c -> c.action() == ChoiceId.Action.HELPFUL).isPresent()) {
            outcomes.add(Outcome.HELPFUL);
        }
        if (turn.misses().stream().anyMatch(m -> m.reason() == MissReason.RATED_UNHELPFUL)) {
            outcomes.add(Outcome.UNHELPFUL);
        }
        Optional<TicketEffect> rating = turn.ticketEffects().stream()
                .filter(e -> e.kind() == TicketEffect.Kind.RATE).findFirst();
        return new TurnHandled(message.conversation(), message.kind(), at, outcomes, List.copyOf(entries),
                rating.map(TicketEffect::ticketId).orElse(null), rating.map(TicketEffect::rating).orElse(0));
    }

    private static boolean isConfirmation(Reply reply) {
        return reply.choices().stream().map(Choice::id).map(ChoiceId::parse).flatMap(Optional::stream)
                .anyMatch(c -> c.action() == ChoiceId.Action.NOT_THIS);
    }

    /** Typed words (not a number, not yes/no) answered with the entry being read. */
    private static boolean isFollowUp(ConversationState before, InboundMessage message, Set<String> answered,
            BotTexts texts) {
        if (message.kind() != InboundMessage.Kind.TEXT || before.currentEntryId() == null) {
            return false;
        }
        String text = message.text().strip();
        return answered.contains(before.currentEntryId()) && TextCommands.number(text).isEmpty()
                && !TextCommands.isYes(texts, text) && !TextCommands.isNo(texts, text);
    }

    /** The offered choice the message picked: tapped, typed as its number, or a typed yes to a 👍 / 👎 question. */
    private static Optional<ChoiceId> picked(ConversationState before, InboundMessage message, BotTexts texts) {
        if (message.kind() == InboundMessage.Kind.CHOICE) {
            return ChoiceId.parse(message.text());
        }
        if (message.kind() != InboundMessage.Kind.TEXT) {
            return Optional.empty();
        }
        String text = message.text().strip();
        List<Choice> pending = before.pendingChoices();
        Optional<Integer> number = TextCommands.number(text).filter(n -> n >= 1 && n <= pending.size());
        if (number.isPresent()) {
            return ChoiceId.parse(pending.get(number.get() - 1).id());
        }
        return TextCommands.isYes(texts, text) ? pending.stream().map(c -> ChoiceId.parse(c.id())).flatMap(Optional::stream)
                .filter(c -> c.action() == ChoiceId.Action.HELPFUL).findFirst() : Optional.empty();
    }
}
