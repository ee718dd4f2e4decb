package vn.gialai.dvcbot.app.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.core.conversation.CitizenProfiles;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.outbox.ChannelReachability;

/**
 * A ticket as staff see it: the contract's fields plus what helps a volunteer (place in the queue, the
 * citizen's name and reachability from their channel, the commune's code for team routing).
 */
@Component
public class TicketViews {

    private final HandoffDesk desk;
    private final ConversationStore store;
    private final Communes communes;
    private final ObjectProvider<CitizenProfiles> profiles;
    private final ObjectProvider<ChannelReachability> reachability;

    TicketViews(HandoffDesk desk, ConversationStore store, Communes communes, ObjectProvider<CitizenProfiles> profiles,
            ObjectProvider<ChannelReachability> reachability) {
        this.desk = desk;
        this.store = store;
        this.communes = communes;
        this.profiles = profiles;
        this.reachability = reachability;
    }

    public TicketView view(TicketDetails details) {
        var t = details.ticket();
        ConversationKey key = t.conversation();
        Optional<ChannelReachability.Notice> notice = notice(key);
        return new TicketView(t.id(), t.status(), key.channel(), conversationId(key), t.assignee(), t.commune(),
                t.createdAt(), t.lastMessageAt(), communes.byName(t.commune()).map(Commune::code).orElse(null),
                t.firstQuestion(), details.assigneeName(), details.waitingSince(), details.leaseUntil(),
                details.status() == TicketStatus.WAITING ? desk.position(t.id()).stream().boxed().findFirst().orElse(null)
                        : null,
                citizenName(key), notice.orElse(null), details.resolution(), details.closeNote(),
                details.closedAt(), details.rating(), notice.isPresent() && !notice.get().reachable() && holds(key));
    }

    /**
     * Why a reply sent now would not be free (Zalo: billed or refused), when the channel can hold it until the
     * citizen writes again instead; empty when a reply is free or the channel has no such rule.
     */
    public Optional<String> notFree(TicketDetails details) {
        ConversationKey key = details.ticket().conversation();
        return holds(key) ? notice(key).filter(n -> !n.reachable()).map(ChannelReachability.Notice::message)
                : Optional.empty();
    }

    /** The volunteer chose to send their next reply now, although it may be billed or refused. */
    public void allowPaidReply(TicketDetails details) {
        ConversationKey key = details.ticket().conversation();
        channelOf(key).ifPresent(r -> r.allowPaidReply(key));
    }

    private boolean holds(ConversationKey key) {
        return channelOf(key).map(ChannelReachability::holdsReplies).orElse(false);
    }

    private Optional<ChannelReachability> channelOf(ConversationKey key) {
        return reachability.stream().filter(r -> r.channel().equals(key.channel())).findFirst();
    }

    public List<TranscriptMessage> transcript(TicketDetails details) {
        return store.transcript(details.ticket().conversation(), 0);
    }

    private String citizenName(ConversationKey key) {
        return profiles.stream().filter(p -> p.channel().equals(key.channel())).findFirst()
                .flatMap(p -> safely(() -> p.displayName(key))).orElse(null);
    }

    private Optional<ChannelReachability.Notice> notice(ConversationKey key) {
        return reachability.stream().filter(r -> r.channel().equals(key.channel())).findFirst()
                .flatMap(r -> safely(() -> r.notice(key)));
    }

    /** A channel's lookup failing must not hide the ticket from the volunteer. */
    private static <T> Optional<T> safely(java.util.function.Supplier<Optional<T>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A stable id of the conversation that does not reveal its chat id: for the web chat that id is the
     * citizen's session secret.
     */
    static String conversationId(ConversationKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.id().getBytes(StandardCharsets.UTF_8));
            return key.channel() + ":" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The ticket JSON of contracts §5 (the first eight fields) and more.
     *
     * @param position place in the queue while waiting (1 = next), else null
     * @param citizenName the name the citizen's channel knows, or null
     * @param reachability a notice from the citizen's channel (Zalo's free replies), or null
     * @param replyNotFree a reply sent now would not be free: the volunteer chooses to hold it or send it anyway
     */
    public record TicketView(String id, TicketStatus status, String channel, String conversationId, String assignee,
            String commune, Instant createdAt, Instant lastMessageAt, String communeCode, String firstQuestion,
            String assigneeName, Instant waitingSince, Instant leaseUntil, Integer position, String citizenName,
            ChannelReachability.Notice reachability, String resolution, String closeNote, Instant closedAt,
            Integer rating, boolean replyNotFree) {
    }
}
