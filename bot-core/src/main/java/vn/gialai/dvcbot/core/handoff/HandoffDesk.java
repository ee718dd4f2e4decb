package vn.gialai.dvcbot.core.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.message.Sender;
import vn.gialai.dvcbot.core.message.ConversationMessages;
import vn.gialai.dvcbot.core.handoff.Transition.Result;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;
import vn.gialai.dvcbot.core.text.TypedText;

/**
 * What volunteers do with tickets: claim, reply, keep notes, release, close. Each change that happens is
 * published once as a Spring event on this instance and the citizen is told on their own channel.
 */
public class HandoffDesk {

    private static final Logger log = LoggerFactory.getLogger(HandoffDesk.class);

    private final HandoffQueue queue;
    private final ConversationMessages engine;
    private final ApplicationEventPublisher events;
    private final HandoffSettings settings;
    private final Clock clock;
    private final Supplier<BotTexts> texts;

    /** A desk that tells citizens in the code's default words (tests, tools). */
    public HandoffDesk(HandoffQueue queue, ConversationMessages engine, ApplicationEventPublisher events,
            HandoffSettings settings, Clock clock) {
        this(queue, engine, events, settings, clock, () -> BotTexts.DEFAULTS);
    }

    /** @param texts the bot's words as published now (read for each notice, so a publish takes effect at once) */
    public HandoffDesk(HandoffQueue queue, ConversationMessages engine, ApplicationEventPublisher events,
            HandoffSettings settings, Clock clock, Supplier<BotTexts> texts) {
        this.texts = texts;
        this.queue = queue;
        this.engine = engine;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<TicketDetails> find(String id) {
        return queue.find(id);
    }

    public List<TicketDetails> list(TicketStatus status) {
        return queue.list(status, 100);
    }

    /** 1 for the next ticket to be taken; empty unless waiting. */
    public OptionalInt position(String id) {
        return queue.position(id);
    }

    /** Takes a waiting ticket; exactly one of several volunteers racing for it succeeds. */
    public Transition claim(String id, Volunteer volunteer) {
        Transition claim = queue.claim(id, volunteer, clock.instant(), settings.claimLease());
        if (claim.done()) {
            TicketDetails ticket = claim.ticket().orElseThrow();
            events.publishEvent(new HandoffClaimed(ticket.ticket()));
            tell(ticket, notice(says().claimed(volunteer.displayName()), List.of()));
        }
        return claim;
    }

    /**
     * Sends the volunteer's message to the citizen on their channel and renews the claim. Refused with
     * {@link Result#HELD_BY_OTHER} unless the volunteer holds the ticket.
     */
    public Transition reply(String id, Volunteer volunteer, String text) {
        Optional<TicketDetails> ticket = queue.find(id);
        if (ticket.isEmpty()) {
            return new Transition(Result.NOT_FOUND, ticket);
        }
        if (!ticket.get().heldBy(volunteer.username())) {
            return new Transition(ticket.get().isOpen() ? Result.HELD_BY_OTHER : Result.WRONG_STATE, ticket);
        }
        engine.send(ticket.get().ticket().conversation(), Sender.VOLUNTEER, Reply.info(TypedText.clean(text).strip()),
                volunteer.displayName());
        return queue.touch(id, volunteer.username(), clock.instant(), settings.claimLease());
    }

    /** Renews the holder's claim while they work on an answer. */
    public Transition touch(String id, Volunteer volunteer) {
        return queue.touch(id, volunteer.username(), clock.instant(), settings.claimLease());
    }

    /** A private note any volunteer may add; it renews the claim when the author holds the ticket. */
    public Transition note(String id, Volunteer volunteer, String text) {
        Optional<TicketDetails> ticket = queue.find(id);
        if (ticket.isEmpty()) {
            return new Transition(Result.NOT_FOUND, ticket);
        }
        queue.addNote(id, new TicketNote(volunteer.displayName(), clock.instant(),
                TypedText.clean(text).strip()));
        if (ticket.get().heldBy(volunteer.username())) {
            queue.touch(id, volunteer.username(), clock.instant(), settings.claimLease());
        }
        return new Transition(Result.DONE, ticket);
    }

    public List<TicketNote> notes(String id) {
        return queue.notes(id);
    }

    /** Gives the ticket back to the queue; the citizen keeps their place and is told. */
    public Transition release(String id, Volunteer volunteer) {
        Transition release = queue.release(id, volunteer, clock.instant());
        if (release.done()) {
            TicketDetails ticket = release.ticket().orElseThrow();
            events.publishEvent(new HandoffReleased(ticket.ticket(), false));
            tell(ticket, notice(says().released(queue.position(id)), List.of()));
        }
        return release;
    }

    /** Ends the ticket; the bot answers the citizen again and, when a person really helped, asks for a rating. */
    public Transition close(String id, Volunteer volunteer, Resolution resolution, String note) {
        Transition close = queue.close(id, volunteer, resolution, note, clock.instant());
        if (close.done()) {
            TicketDetails ticket = close.ticket().orElseThrow();
            events.publishEvent(new HandoffClosed(ticket.ticket(), resolution.code()));
            HandoffTexts says = says();
            tell(ticket, resolution.asksForRating()
                    ? notice(says.get(BotText.CLOSED_ASK_RATING), says.ratingChoices(id))
                    : notice(says.get(BotText.CLOSED), List.of(says.menuChoice())));
        }
        return close;
    }

    /** Puts tickets whose claim lapsed back in the queue and tells their citizens; returns how many. */
    public int returnLapsed() {
        List<TicketDetails> returned = queue.returnLapsed(clock.instant());
        for (TicketDetails ticket : returned) {
            log.info("Handoff ticket {} returned to waiting: its volunteer was idle for {}", ticket.id(),
                    settings.claimLease());
            events.publishEvent(new HandoffReleased(ticket.ticket(), true));
            HandoffTexts says = says();
            tell(ticket, notice(says.leaseLapsed(queue.position(ticket.id())), says.waitingChoices()));
        }
        return returned.size();
    }

    public Instant now() {
        return clock.instant();
    }

    private HandoffTexts says() {
        return new HandoffTexts(texts.get());
    }

    private void tell(TicketDetails ticket, Reply notice) {
        engine.send(ticket.ticket().conversation(), Sender.BOT, notice, null);
    }

    private static Reply notice(String text, List<Choice> choices) {
        return new Reply(ReplyKind.HANDOFF, text, null, choices);
    }
}
