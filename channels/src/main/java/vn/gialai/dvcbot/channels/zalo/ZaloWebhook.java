package vn.gialai.dvcbot.channels.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.conversation.ConversationEngine;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;

/**
 * Verifies a webhook request and hands the event over. The signature is checked first; only a signed, fresh
 * event is read further. A citizen's message is queued durably in the engine's inbox (duplicates dropped by
 * Zalo's {@code msg_id}) before the caller answers 200, well within Zalo's two seconds.
 */
final class ZaloWebhook {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);
    private static final Duration FUTURE_SKEW = Duration.ofMinutes(10);
    private static final int MAX_TEXT = 2000;
    private static final int MAX_NAMES_LOGGED = 200;
    private static final Pattern CHAT_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final Pattern EVENT_NAME = Pattern.compile("[a-z0-9_.]{1,64}");

    /** Events that count as the citizen interacting with the OA, which opens the messaging window. */
    private static final Set<String> INTERACTIONS = Set.of("follow", "user_submit_info", "user_click_chatnow",
            "user_call_oa", "user_reply_consent");
    /** Known events the bot has nothing to do with. */
    private static final Set<String> IGNORED = Set.of("user_received_message", "user_seen_message",
            "user_reacted_message", "oa_reacted_message", "add_user_to_tag", "oa_call_user", "user_feedback",
            "oa_send_consent", "change_oa_daily_quota", "change_template_status");

    private final ZaloSignature signature;
    private final ZaloSettings settings;
    private final ConversationEngine engine;
    private final ZaloMessagingWindow window;
    private final ZaloProfiles profiles;
    private final JsonMapper json;
    private final Clock clock;
    private final Set<String> unknownLogged = ConcurrentHashMap.newKeySet();
    private volatile boolean oaIdSignatureLogged;

    ZaloWebhook(ZaloSignature signature, ZaloSettings settings, ConversationEngine engine, ZaloMessagingWindow window,
            ZaloProfiles profiles, JsonMapper json, Clock clock) {
        this.signature = signature;
        this.settings = settings;
        this.engine = engine;
        this.window = window;
        this.profiles = profiles;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the request; returns why it is refused, or empty when it was signed by Zalo and is fresh. */
    Optional<String> refusal(String signatureHeader, byte[] body, JsonNode root) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Optional.of("missing X-ZEvent-Signature");
        }
        String timestamp = root == null ? "" : ZaloEvent.timestamp(root);
        if (timestamp.isEmpty()) {
            return Optional.of("no timestamp to verify the signature with");
        }
        if (!signedByZalo(signatureHeader, body, root, timestamp)) {
            return Optional.of("invalid X-ZEvent-Signature");
        }
        return stale(timestamp);
    }

    /** Parses the body as a JSON object; null when it is not one (the request is then refused as unsigned). */
    JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Acts on a verified event. Returns what was done, for the response and the tests. */
    String handle(JsonNode root) {
        ZaloEvent event = ZaloEvent.of(root);
        if (event.isEcho() || IGNORED.contains(event.name())) {
            return "ignored";
        }
        boolean message = event.name().startsWith("user_send_");
        boolean known = message || event.name().equals("follow") || event.name().equals("unfollow")
                || INTERACTIONS.contains(event.name());
        if (!known) {
            return ignoredUnknown(event, "unknown event");
        }
        if (!CHAT_ID.matcher(event.userId()).matches()) {
            return ignoredUnknown(event, "no usable user id");
        }
        ConversationKey key = new ConversationKey(ZaloSettings.CHANNEL, event.userId());
        if (event.name().equals("unfollow")) {
            window.unreachable(key, "Người dân đã bỏ quan tâm (theo dõi) OA.");
            return "recorded: unfollow";
        }
        window.interacted(key, instant(event.timestamp()));
        if (message) {
            profiles.warm(key);
            return submit(toInbound(key, event));
        }
        if (event.name().equals("follow")) {
            profiles.warm(key);
            return submit(InboundMessage.start(key, "follow:" + event.timestamp()));
        }
        return "recorded: interaction";
    }

    private String submit(InboundMessage message) {
        return engine.submit(message) ? "accepted" : "duplicate";
    }

    private static InboundMessage toInbound(ConversationKey key, ZaloEvent event) {
        String id = event.messageId().isEmpty() ? event.name() + ":" + event.timestamp() : event.messageId();
        String messageId = id.length() > 200 ? id.substring(0, 200) : id;
        if (!event.name().equals("user_send_text")) {
            return InboundMessage.media(key, messageId, mediaType(event));
        }
        String choice = ZaloReplies.choiceIdOf(event.text());
        if (choice != null && !choice.isEmpty() && choice.length() <= 200) {
            return InboundMessage.choice(key, messageId, choice);
        }
        String text = event.text().length() > MAX_TEXT ? event.text().substring(0, MAX_TEXT) : event.text();
        return InboundMessage.text(key, messageId, text);
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
        if (signature.verifies(header, settings.appId(), body, timestamp)) {
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

    private Optional<String> stale(String timestamp) {
        Instant at = instant(timestamp);
        Instant now = clock.instant();
        if (at.isBefore(now.minus(settings.webhookReplayWindow()))) {
            return Optional.of("timestamp older than the replay window (" + settings.webhookReplayWindow() + ")");
        }
        if (at.isAfter(now.plus(FUTURE_SKEW))) {
            return Optional.of("timestamp in the future");
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

    private String ignoredUnknown(ZaloEvent event, String why) {
        String name = EVENT_NAME.matcher(event.name()).matches() ? event.name() : "(unreadable name)";
        if (unknownLogged.size() < MAX_NAMES_LOGGED && unknownLogged.add(name + why)) {
            log.info("Ignoring Zalo event '{}': {} (logged once per event name)", name, why);
        }
        return "ignored: " + why;
    }
}
