package vn.gialai.dvcbot.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffClosed;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffRequested;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.HandoffTexts;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.handoff.VolunteerSchedule;
import vn.gialai.dvcbot.core.handoff.WaitEstimate;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;
import vn.gialai.dvcbot.core.limits.CitizenLimits;

/**
 * The citizen's side of a handoff, inside the engine's turn: queueing them (place, honest wait, volunteer
 * hours, their commune), keeping quiet while a volunteer owns the chat, cancelling, and the rating after.
 * The ticket in the queue is the truth about who owns the chat; the conversation state only points to it.
 * Deciding only reads the queue: the ticket changes a turn wants travel with it as {@link TicketEffect}s, are
 * committed with the turn, and {@link #apply} makes them right after the commit.
 */
// Over 250 lines on purpose: the citizen's whole side of a ticket is one state machine of the turn.
final class HandoffConversation {

    private static final Logger log = LoggerFactory.getLogger(HandoffConversation.class);

    private static final int MAX_COMMUNE_QUESTIONS = 2;
    private static final int ANSWER_WORDS = 6;
    private static final int WAIT_SAMPLES = 20;

    private final HandoffQueue queue;
    private final Communes communes;
    private final VolunteerSchedule schedule;
    private final HandoffSettings settings;
    private final ApplicationEventPublisher events;
    private final CitizenLimits limits;
    private final Clock clock;
    private final Supplier<BotTexts> texts;

    HandoffConversation(HandoffQueue queue, Communes communes, VolunteerSchedule schedule, HandoffSettings settings,
            ApplicationEventPublisher events, Clock clock, Supplier<BotTexts> texts) {
        this(queue, communes, schedule, settings, events, CitizenLimits.NONE, clock, texts);
    }

    HandoffConversation(HandoffQueue queue, Communes communes, VolunteerSchedule schedule, HandoffSettings settings,
            ApplicationEventPublisher events, CitizenLimits limits, Clock clock, Supplier<BotTexts> texts) {
        this.texts = texts;
        this.queue = queue;
        this.communes = communes;
        this.schedule = schedule;
        this.settings = settings;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    Turn respond(ConversationState state, InboundMessage message, Dialogue dialogue) {
        Optional<Turn> rating = rating(state, message, dialogue);
        if (rating.isPresent()) {
            return rating.get();
        }
        if (state.inHandoff()) {
            Optional<TicketDetails> ticket = queue.find(state.handoffTicketId());
            if (ticket.isPresent() && ticket.get().isOpen()) {
                return during(state, ticket.get(), message, dialogue);
            }
            Optional<Turn> typedRating = typedRating(ticket, message, state, dialogue);
            if (typedRating.isPresent()) {
                return typedRating.get();
            }
            state = state.withHandoffTicket(null);
        }
        Turn turn = dialogue.respond(state, message);
        return turn.handoffRequested() ? start(turn.state(), message, turn.citizenText(), dialogue) : turn;
    }

    private Turn start(ConversationState state, InboundMessage message, String said, Dialogue dialogue) {
        Instant now = clock.instant();
        Optional<TicketDetails> open = queue.openTicket(message.conversation());
        if (open.isEmpty() && !limits.mayOpenTicket(message.conversation(), message.origin())) {
            return dialogue.reply(state, said, List.of(new Reply(ReplyKind.HANDOFF, says().get(BotText.TICKETS_REFUSED), null,
                    List.of(dialogue.menuChoice()))));
        }
        String commune = open.map(t -> t.ticket().commune()).orElseGet(() -> communes.pickUp(said)
                .or(() -> pickUpFromMisses(state)).map(Commune::name).orElse(null));
        OptionalInt position = open.isPresent() ? queue.position(open.get().id()) : OptionalInt.of(queue.waitingCount() + 1);
        List<Reply> says = new ArrayList<>();
        says.add(handoffReply(queuedText(commune, position, now), says().waitingChoices()));
        boolean askCommune = commune == null;
        if (askCommune) {
            says.add(handoffReply(says().get(BotText.ASK_COMMUNE), says().askCommuneChoices()));
        }
        String ticketId = open.map(TicketDetails::id).orElse(TicketEffect.NEW_TICKET);
        ConversationState next = state.withHandoffTicket(ticketId).withCommuneQuestions(askCommune ? 1 : 0);
        Turn turn = dialogue.reply(next, said, says);
        return open.isPresent() ? turn
                : turn.withEffect(TicketEffect.open(commune, firstQuestion(state, message, said), now));
    }

    private String queuedText(String commune, OptionalInt position, Instant now) {
        VolunteerSchedule.OffDuty offDuty = schedule.offDuty(commune, now);
        String queued = offDuty.off()
                ? says().queuedOffDuty(position, offDuty)
                : says().queued(position, estimate(now));
        return queued + "\n\n" + says().get(BotText.WHILE_WAITING);
    }

    private WaitEstimate estimate(Instant now) {
        return WaitEstimate.of(queue.recentWaits(now.minus(settings.waitStatsWindow()), WAIT_SAMPLES));
    }

    /** While the ticket is open: everything joins it; the bot speaks only while nobody holds the chat. */
    private Turn during(ConversationState state, TicketDetails ticket, InboundMessage message, Dialogue dialogue) {
        String said = said(state, message, dialogue);
        boolean waiting = ticket.status() == TicketStatus.WAITING;
        Instant now = clock.instant();
        if (message.kind() == InboundMessage.Kind.START) {
            return waiting ? dialogue.reply(state, said, List.of(stillWaiting(ticket))) : silent(state, said);
        }
        if (waiting && isCancel(message)) {
            return cancel(state, ticket, said, dialogue, now);
        }
        List<TicketEffect> effects = new ArrayList<>();
        Optional<Turn> commune = commune(state, ticket, message, said, dialogue, effects);
        if (commune.isPresent()) {
            return with(waiting ? commune.get() : silent(commune.get().state(), said), effects);
        }
        if (ticket.ticket().firstQuestion() == null && message.kind() == InboundMessage.Kind.TEXT
                && !TextCommands.isHandoff(texts.get(), said)) {
            effects.add(TicketEffect.question(ticket.id(), said));
        }
        effects.add(TicketEffect.citizenWrote(ticket.id(), now));
        if (!waiting) {
            return with(silent(state, said), effects);
        }
        Instant last = ticket.ticket().lastMessageAt();
        boolean acknowledge = last == null || Duration.between(last, now).compareTo(settings.waitingAckInterval()) >= 0;
        return with(acknowledge ? dialogue.reply(state, said, List.of(stillWaiting(ticket))) : silent(state, said),
                effects);
    }

    /** Told at once; a volunteer who claimed the ticket in the meantime keeps it ({@link #apply}). */
    private Turn cancel(ConversationState state, TicketDetails ticket, String said, Dialogue dialogue, Instant now) {
        return dialogue.reply(state.withHandoffTicket(null), said, List.of(dialogue.menu(says().get(BotText.CANCELLED))))
                .withEffect(TicketEffect.cancel(ticket.id(), now));
    }

    /**
     * The commune, while it is unknown: the answer to the bot's question, a button, or a name the citizen
     * mentions after "xã"/"phường". Empty when the message is not about it.
     */
    private Optional<Turn> commune(ConversationState state, TicketDetails ticket, InboundMessage message, String said,
            Dialogue dialogue, List<TicketEffect> effects) {
        if (ticket.ticket().commune() != null) {
            return Optional.empty();
        }
        if (message.kind() == InboundMessage.Kind.CHOICE) {
            return communeChoice(state, ticket, message.text(), said, dialogue, effects);
        }
        if (message.kind() != InboundMessage.Kind.TEXT) {
            return Optional.empty();
        }
        if (state.communeQuestions() == 0) {
            communes.pickUp(message.text()).ifPresent(c -> effects.add(TicketEffect.commune(ticket.id(), c.name())));
            return Optional.empty();
        }
        List<Commune> matches = communes.match(message.text());
        if (matches.size() == 1) {
            return Optional.of(noted(state, ticket, matches.get(0), said, dialogue, effects));
        }
        if (matches.size() > 1) {
            return Optional.of(dialogue.reply(state, said, List.of(
                    handoffReply(says().get(BotText.PICK_COMMUNE), says().communeChoices(matches)))));
        }
        if (message.text().strip().split("\\s+").length > ANSWER_WORDS) {
            return Optional.empty();
        }
        if (state.communeQuestions() < MAX_COMMUNE_QUESTIONS) {
            return Optional.of(dialogue.reply(state.withCommuneQuestions(state.communeQuestions() + 1), said, List.of(
                    handoffReply(says().communeNotFound(message.text().strip()),
                            says().askCommuneChoices()))));
        }
        return Optional.of(dialogue.reply(state.withCommuneQuestions(0), said, List.of(
                handoffReply(says().get(BotText.COMMUNE_SKIPPED), says().waitingChoices()))));
    }

    private Optional<Turn> communeChoice(ConversationState state, TicketDetails ticket, String choiceId, String said,
            Dialogue dialogue, List<TicketEffect> effects) {
        if (choiceId.equals(HandoffTexts.SKIP_COMMUNE_CHOICE)) {
            return Optional.of(dialogue.reply(state.withCommuneQuestions(0), said, List.of(
                    handoffReply(says().get(BotText.COMMUNE_SKIPPED), says().waitingChoices()))));
        }
        if (choiceId.startsWith(HandoffTexts.COMMUNE_CHOICE_PREFIX)) {
            return communes.byCode(choiceId.substring(HandoffTexts.COMMUNE_CHOICE_PREFIX.length()))
                    .map(c -> noted(state, ticket, c, said, dialogue, effects));
        }
        return Optional.empty();
    }

    private Turn noted(ConversationState state, TicketDetails ticket, Commune commune, String said, Dialogue dialogue,
            List<TicketEffect> effects) {
        effects.add(TicketEffect.commune(ticket.id(), commune.name()));
        return dialogue.reply(state.withCommuneQuestions(0), said, List.of(handoffReply(
                says().communeNoted(commune.name(), queue.position(ticket.id())), says().waitingChoices())));
    }

    /** A rating button, whenever it is tapped (it names its ticket). */
    private Optional<Turn> rating(ConversationState state, InboundMessage message, Dialogue dialogue) {
        if (message.kind() != InboundMessage.Kind.CHOICE || !message.text().startsWith(HandoffTexts.RATE_CHOICE_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = message.text().split(":");
        if (parts.length != 3 || !parts[2].matches("[1-5]")) {
            return Optional.empty();
        }
        int stars = Integer.parseInt(parts[2]);
        ConversationState next = parts[1].equals(state.handoffTicketId()) ? state.withHandoffTicket(null) : state;
        return Optional.of(rated(next, parts[1], stars, says().ratingLabel(stars), dialogue));
    }

    /** "5" typed right after the volunteer closed the chat rates it, as the buttons do. */
    private Optional<Turn> typedRating(Optional<TicketDetails> ticket, InboundMessage message, ConversationState state,
            Dialogue dialogue) {
        if (ticket.isEmpty() || ticket.get().rating() != null || message.kind() != InboundMessage.Kind.TEXT) {
            return Optional.empty();
        }
        boolean asked = Resolution.of(String.valueOf(ticket.get().resolution())).map(Resolution::asksForRating)
                .orElse(false);
        Optional<Integer> number = TextCommands.number(message.text()).filter(n -> n >= 1 && n <= 5);
        if (!asked || number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rated(state.withHandoffTicket(null), ticket.get().id(), number.get(), message.text(), dialogue));
    }

    /** Only a closed ticket without a rating takes one (the queue checks again when the rating is applied). */
    private Turn rated(ConversationState state, String ticketId, int stars, String said, Dialogue dialogue) {
        boolean rates = queue.find(ticketId).filter(t -> t.status() == TicketStatus.CLOSED && t.rating() == null)
                .isPresent();
        Turn turn = dialogue.reply(state, said, List.of(dialogue.menu(says().get(rates ? BotText.RATED : BotText.ALREADY_RATED))));
        return rates ? turn.withEffect(TicketEffect.rate(ticketId, stars)) : turn;
    }

    /**
     * Makes the ticket changes of a committed turn, idempotently (after a crash they are made again). Returns
     * the state to keep when making them changed it: the id of the ticket just opened, or the ticket back when a
     * volunteer claimed it just before the citizen's cancel arrived.
     */
    Optional<ConversationState> apply(ConversationKey conversation, ConversationState committed,
            List<TicketEffect> effects) {
        ConversationState state = committed;
        for (TicketEffect effect : effects) {
            state = apply(conversation, state, effect);
        }
        return state.equals(committed) ? Optional.empty() : Optional.of(state);
    }

    private ConversationState apply(ConversationKey conversation, ConversationState state, TicketEffect effect) {
        switch (effect.kind()) {
            case OPEN -> {
                HandoffQueue.Opened opened = queue.open(conversation, effect.text(), effect.question(), effect.at());
                if (opened.created()) {
                    events.publishEvent(new HandoffRequested(opened.ticket().ticket()));
                }
                return TicketEffect.NEW_TICKET.equals(state.handoffTicketId())
                        ? state.withHandoffTicket(opened.ticket().id()) : state;
            }
            case QUESTION -> queue.setQuestionIfUnknown(effect.ticketId(), effect.text());
            case CITIZEN_WROTE -> queue.citizenWrote(effect.ticketId(), effect.at());
            case COMMUNE -> queue.setCommune(effect.ticketId(), effect.text());
            case RATE -> queue.rate(effect.ticketId(), effect.rating());
            case CANCEL -> {
                return cancelled(state, effect);
            }
        }
        return state;
    }

    private ConversationState cancelled(ConversationState state, TicketEffect effect) {
        Transition cancelled = queue.cancel(effect.ticketId(), effect.at());
        if (cancelled.done()) {
            events.publishEvent(new HandoffClosed(cancelled.ticket().orElseThrow().ticket(), Resolution.CANCELLED.code()));
        } else if (!cancelled.succeeded() && !state.inHandoff()) {
            log.info("A volunteer took ticket {} just before the citizen cancelled it; the chat stays theirs",
                    effect.ticketId());
            return state.withHandoffTicket(effect.ticketId());
        }
        return state;
    }

    private static Turn with(Turn turn, List<TicketEffect> effects) {
        Turn all = turn;
        for (TicketEffect effect : effects) {
            all = all.withEffect(effect);
        }
        return all;
    }

    private Reply stillWaiting(TicketDetails ticket) {
        return handoffReply(says().stillWaiting(queue.position(ticket.id())), says().waitingChoices());
    }

    /** The bot says nothing: the message joins the transcript and the volunteer sees it. */
    private static Turn silent(ConversationState state, String said) {
        return new Turn(state, said, List.of());
    }

    private boolean isCancel(InboundMessage message) {
        return message.kind() == InboundMessage.Kind.CHOICE
                ? message.text().equals(HandoffTexts.CANCEL_CHOICE)
                : message.kind() == InboundMessage.Kind.TEXT && TextCommands.isCancel(texts.get(), message.text());
    }

    private static String said(ConversationState state, InboundMessage message, Dialogue dialogue) {
        return switch (message.kind()) {
            case TEXT -> message.text();
            case CHOICE -> dialogue.labelOf(state, message.text());
            case MEDIA -> Dialogue.mediaLabel(message.text());
            case START -> "";
        };
    }

    /** What the citizen wanted help with: the question that led here, not "gặp tình nguyện viên". */
    private String firstQuestion(ConversationState state, InboundMessage message, String said) {
        boolean justAsking = message.kind() != InboundMessage.Kind.TEXT || TextCommands.isHandoff(texts.get(), said)
                || TextCommands.isYes(texts.get(), said) || TextCommands.number(said).isPresent();
        if (!justAsking) {
            return said;
        }
        List<String> misses = state.recentMisses();
        return misses.isEmpty() ? null : misses.get(misses.size() - 1);
    }

    private Optional<Commune> pickUpFromMisses(ConversationState state) {
        return state.recentMisses().stream().map(communes::pickUp).flatMap(Optional::stream).reduce((a, b) -> b);
    }

    /** The handoff's words as published now. */
    private HandoffTexts says() {
        return new HandoffTexts(texts.get());
    }

    private static Reply handoffReply(String text, List<Choice> choices) {
        return new Reply(ReplyKind.HANDOFF, text, null, choices);
    }
}
