package vn.gialai.dvcbot.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.health.Refusal;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.text.TypedText;

/**
 * Verifies a webhook request and hands the event over. The signature is checked first; only a signed, fresh
 * event is read further. A citizen's private message is queued durably in the engine's inbox (duplicates
 * dropped by Zalo's {@code msg_id}) before the caller answers 200, well within Zalo's two seconds. Only such a
 * message opens the free-reply window and starts its count again: a follow or a tap on the chat button does
 * not. Group events are not for this bot.
 */
// Over 250 lines on purpose: one webhook request's checks and hand-over, in the order they must happen.
final class ZaloWebhook {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);
    private static final Duration FUTURE_SKEW = Duration.ofMinutes(10);
    private static final int MAX_TEXT = 2000;
    private static final int MAX_NAMES_LOGGED = 200;
    private static final int MAX_BODY_LOGGED = 4000;
    private static final Pattern CHAT_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final Pattern EVENT_NAME = Pattern.compile("[a-z0-9_.]{1,64}");

    /** The citizen did something on the OA that does not open the free-reply window, and asks for no answer. */
    private static final Set<String> INTERACTIONS = Set.of("user_submit_info", "user_click_chatnow",
            "user_call_oa", "user_reply_consent");
    /** Known events the bot has nothing to do with. */
    private static final Set<String> IGNORED = Set.of("user_received_message", "user_seen_message",
            "user_reacted_message", "oa_reacted_message", "add_user_to_tag", "oa_call_user", "user_feedback",
            "oa_send_consent", "change_oa_daily_quota", "change_template_status");

    private final ZaloSignature signature;
    private final ZaloSettings settings;
    private final String appId;
    private final ConversationEngine engine;
    private final ZaloMessagingWindow window;
    private final ZaloProfiles profiles;
    private final Consumer<ConversationKey> citizenHeld;
    private final ChannelWatch watch;
    private final JsonMapper json;
    private final Clock clock;
    private final Set<String> unknownLogged = ConcurrentHashMap.newKeySet();
    private volatile boolean oaIdSignatureLogged;

    /**
     * @param citizenHeld told after a message was queued from a citizen for whom replies are held (they may go
     *     out now)
     */
    ZaloWebhook(ZaloSignature signature, ZaloSettings settings, ConversationEngine engine, ZaloMessagingWindow window,
            ZaloProfiles profiles, Consumer<ConversationKey> citizenHeld, ChannelWatch watch, JsonMapper json,
            Clock clock) {
        this.signature = signature;
        this.settings = settings;
        this.appId = settings.appId() == null ? "" : settings.appId().strip();
        this.engine = engine;
        this.window = window;
        this.profiles = profiles;
        this.citizenHeld = citizenHeld;
        this.watch = watch;
        this.json = json;
        this.clock = clock;
    }

    /** Why a request is refused, by reason (counted in the channel's health) and in words (for the log). */
    record Refused(Refusal reason, String detail) {
    }

    /** Checks the request; returns why it is refused, or empty when it was signed by Zalo and is fresh. */
    Optional<Refused> refusal(String signatureHeader, byte[] body, JsonNode root) {
        if (root == null) {
            return Optional.of(new Refused(Refusal.MALFORMED, "the body is not a JSON object"));
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of(new Refused(Refusal.SIGNATURE, "missing X-ZEvent-Signature"));
        }
        String timestamp = ZaloEvent.timestamp(root);
        if (timestamp.isEmpty()) {
            return Optional.of(new Refused(Refusal.MALFORMED, "no timestamp to verify the signature with"));
        }
        if (!signedByZalo(signatureHeader, body, root, timestamp)) {
            return Optional.of(wrongSignature(ZaloEvent.of(root)));
        }
        return stale(timestamp);
    }

    /** Counts a refused request by its reason, for the channel's health. */
    void refused(Refused refused) {
        watch.refused(refused.reason(), refused.detail());
    }

    /** Parses the body as a JSON object; null when it is not one (the request is then refused as malformed). */
    JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Acts on a verified event ({@code raw}: its body as received). Returns what was done, for the response and the tests. */
    String handle(JsonNode root, byte[] raw) {
        ZaloEvent event = ZaloEvent.of(root);
        if (!isCitizenMessage(event)) {
            watch.accepted();
        }
        if (event.isEcho() || IGNORED.contains(event.name())) {
            return "ignored";
        }
        if (event.isGroup()) {
            return ignoredUnknown(event, raw, "group event (the bot answers private chats only)");
        }
        boolean message = event.isPrivateMessage();
        boolean known = message || event.name().equals("follow") || event.name().equals("unfollow")
                || INTERACTIONS.contains(event.name());
        if (!known) {
            return ignoredUnknown(event, raw, "unknown event");
        }
        if (!CHAT_ID.matcher(event.userId()).matches()) {
            return ignoredUnknown(event, raw, "no usable user id");
        }
        ConversationKey key = new ConversationKey(ZaloSettings.CHANNEL, event.userId());
        return switch (event.name()) {
            case "unfollow" -> {
                window.unreachable(key, "Người dân đã bỏ quan tâm (theo dõi) OA.");
                yield "recorded: unfollow";
            }
            case "follow" -> followed(key, event);
            default -> message ? citizenMessage(key, event) : "recorded: interaction";
        };
    }

    /** A citizen's private message this bot answers; recorded with its sender in one write. */
    private static boolean isCitizenMessage(ZaloEvent event) {
        return !event.isEcho() && !IGNORED.contains(event.name()) && !event.isGroup() && event.isPrivateMessage()
                && CHAT_ID.matcher(event.userId()).matches();
    }

    private String citizenMessage(ConversationKey key, ZaloEvent event) {
        watch.accepted(key.chatId());
        boolean holdsReplies = window.citizenWrote(key, instant(event.timestamp()));
        profiles.warm(key);
        String result = submit(toInbound(key, event));
        if (holdsReplies) {
            citizenHeld.accept(key);
        }
        return result;
    }

    /** A follow opens no free-reply window; the bot welcomes only when told to (ZALO_WELCOME_ON_FOLLOW). */
    private String followed(ConversationKey key, ZaloEvent event) {
        window.followed(key);
        profiles.warm(key);
        if (!settings.welcomeOnFollow()) {
            return "recorded: follow";
        }
        window.allowWelcome(key);
        return submit(InboundMessage.start(key, "follow:" + event.timestamp()));
    }

    private String submit(InboundMessage message) {
        return engine.submit(message) ? "accepted" : "duplicate";
    }

    private static InboundMessage toInbound(ConversationKey key, ZaloEvent event) {
        String id = event.messageId().isEmpty() ? event.name() + ":" + event.timestamp() : event.messageId();
        String messageId = id.length() > 200 ? id.substring(0, 200) : id;
        boolean link = event.name().equals("user_send_link") || event.attachmentType().equals("link");
        if (!event.name().equals("user_send_text") && !link) {
            return InboundMessage.media(key, messageId, mediaType(event));
        }
        String choice = ZaloReplies.choiceIdOf(event.text());
        if (!link && choice != null && !choice.isEmpty() && choice.length() <= 200) {
            return InboundMessage.choice(key, messageId, choice);
        }
        String text = link ? (event.text() + "\n" + event.attachmentUrl()).strip() : event.text();
        return InboundMessage.text(key, messageId, TypedText.truncate(text, MAX_TEXT));
    }

    /** The engine's media types: image, sticker, location, file, voice, video, or what Zalo called it. */
    private static String mediaType(ZaloEvent event) {
        String type = event.attachmentType().isEmpty() ? event.name().substring("user_send_".length())
                : event.attachmentType();
        return switch (type) {
            case "gif", "photo" -> "image";
            case "audio", "voice" -> "voice";
            default -> EVENT_NAME.matcher(type).matches() ? type : "unknown";
        };
    }

    private boolean signedByZalo(String header, byte[] body, JsonNode root, String timestamp) {
        if (signature.verifies(header, appId, body, timestamp)) {
            return true;
        }
        // Some integrations report the OA id in place of the app id (research notes §1.2): accept it, say so once.
        ZaloEvent event = ZaloEvent.of(root);
        boolean byOaId = !event.oaId().isEmpty() && signature.verifies(header, event.oaId(), body, timestamp);
        if (byOaId && !oaIdSignatureLogged) {
            oaIdSignatureLogged = true;
            log.info("Zalo signs webhooks with the OA id rather than the app id here; accepting both");
        }
        return byOaId;
    }

    /** A wrong ZALO_APP_ID shows as events for another app; anything else is a wrong OA secret key (or a forgery). */
    private Refused wrongSignature(ZaloEvent event) {
        if (!event.appId().isEmpty() && !event.appId().equals(appId)) {
            return new Refused(Refusal.APP_ID, "the event is for app id " + event.appId()
                    + " but ZALO_APP_ID is " + appId);
        }
        return new Refused(Refusal.SIGNATURE, "invalid X-ZEvent-Signature (check ZALO_OA_SECRET_KEY: the OA secret "
                + "key, not the app secret)");
    }

    private Optional<Refused> stale(String timestamp) {
        Instant at = instant(timestamp);
        Instant now = clock.instant();
        if (at.isBefore(now.minus(settings.webhookReplayWindow()))) {
            return Optional.of(new Refused(Refusal.STALE, "timestamp older than the replay window ("
                    + settings.webhookReplayWindow() + "); a replay, or this server's clock is wrong"));
        }
        if (at.isAfter(now.plus(FUTURE_SKEW))) {
            return Optional.of(new Refused(Refusal.STALE, "timestamp in the future; check this server's clock"));
        }
        return Optional.empty();
    }

    private static Instant instant(String epochMillis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(epochMillis));
        } catch (NumberFormatException e) {
            return Instant.EPOCH;
        }
    }

    /** Logged once per event name, at debug level, with the raw body: enough to add the event later. */
    private String ignoredUnknown(ZaloEvent event, byte[] raw, String why) {
        String name = EVENT_NAME.matcher(event.name()).matches() ? event.name() : "(unreadable name)";
        if (log.isDebugEnabled() && unknownLogged.size() < MAX_NAMES_LOGGED && unknownLogged.add(name + why)) {
            String body = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            log.debug("Ignoring Zalo event '{}': {} (logged once per event name); body: {}", name, why,
                    body.length() > MAX_BODY_LOGGED ? body.substring(0, MAX_BODY_LOGGED) + "…" : body);
        }
        return "ignored: " + why;
    }
}
