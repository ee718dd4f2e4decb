package vn.gialai.dvcbot.core.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.handoff.HandoffQueue;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketNote;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;
import vn.gialai.dvcbot.core.handoff.Volunteer;
import vn.gialai.dvcbot.core.message.ConversationKey;

/**
 * The handoff queue on Redis, in three parts: the tickets' life cycle ({@link RedisTickets}, one Lua script per
 * transition), volunteers' notes ({@link RedisTicketNotes}) and the wait statistics ({@link RedisHandoffWaits}).
 * All keys share the {@code {handoff}} hash tag ({@link HandoffKeys}).
 */
final class RedisHandoffQueue implements HandoffQueue {

    private final RedisTickets tickets;
    private final RedisTicketNotes notes;
    private final RedisHandoffWaits waits;

    RedisHandoffQueue(StringRedisTemplate redis, RedisKeys keys, RedisJson json, HandoffSettings settings) {
        HandoffKeys handoffKeys = new HandoffKeys(keys);
        this.tickets = new RedisTickets(redis, handoffKeys, settings.retention());
        this.notes = new RedisTicketNotes(redis, handoffKeys, json, settings.retention());
        this.waits = new RedisHandoffWaits(redis, handoffKeys);
    }

    @Override
    public Opened open(ConversationKey conversation, String commune, String firstQuestion, Instant now) {
        return tickets.open(conversation, commune, firstQuestion, now);
    }

    @Override
    public Optional<TicketDetails> find(String id) {
        return tickets.find(id);
    }

    @Override
    public Optional<TicketDetails> openTicket(ConversationKey conversation) {
        return tickets.openTicket(conversation);
    }

    @Override
    public int waitingCount() {
        return tickets.waitingCount();
    }

    @Override
    public List<TicketDetails> list(TicketStatus status, int closedLimit) {
        return tickets.list(status, closedLimit);
    }

    @Override
    public Transition claim(String id, Volunteer volunteer, Instant now, Duration lease) {
        return tickets.claim(id, volunteer.username(), volunteer.displayName(), now, lease);
    }

    @Override
    public Transition touch(String id, String username, Instant now, Duration lease) {
        return tickets.touch(id, username, now, lease);
    }

    @Override
    public Transition release(String id, Volunteer volunteer, Instant now) {
        return tickets.release(id, volunteer.username(), volunteer.admin() ? "force" : "holder", now, "released");
    }

    @Override
    public Transition close(String id, Volunteer volunteer, Resolution resolution, String note, Instant now) {
        return tickets.close(id, volunteer.username(), volunteer.admin() ? "force" : "holder", resolution, note, now);
    }

    @Override
    public Transition cancel(String id, Instant now) {
        return tickets.close(id, "", "citizen", Resolution.CANCELLED, "", now);
    }

    @Override
    public List<TicketDetails> returnLapsed(Instant now) {
        return tickets.returnLapsed(now);
    }

    @Override
    public void citizenWrote(String id, Instant at) {
        tickets.setField(id, "lastMessageAt", RedisTicketFields.ms(at), false, "message:" + id);
    }

    @Override
    public void setQuestionIfUnknown(String id, String question) {
        tickets.setField(id, "firstQuestion", question, true, "updated:" + id);
    }

    @Override
    public void setCommune(String id, String commune) {
        tickets.setField(id, "commune", commune, false, "updated:" + id);
    }

    @Override
    public boolean rate(String id, int rating) {
        return tickets.rate(id, rating);
    }

    @Override
    public OptionalInt position(String id) {
        return tickets.position(id);
    }

    @Override
    public List<Duration> recentWaits(Instant since, int limit) {
        return waits.recent(since, limit);
    }

    @Override
    public void addNote(String id, TicketNote note) {
        notes.add(id, note);
    }

    @Override
    public List<TicketNote> notes(String id) {
        return notes.list(id);
    }
}
