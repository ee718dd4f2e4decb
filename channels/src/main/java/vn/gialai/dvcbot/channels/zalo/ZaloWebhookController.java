package vn.gialai.dvcbot.channels.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.core.limits.RefusalLog;

/**
 * {@code POST /webhooks/zalo} (contracts §7). The body is taken as raw bytes, because the signature covers
 * them exactly. A missing or bad signature, or a stale one, is answered 401 and nothing is processed; while the
 * channel is off there is no key to verify with, so every request is refused the same way, without reading the
 * body. Never more than {@link #MAX_BODY_BYTES} is read (the app's body filter refuses larger bodies before they
 * reach here). Refusals log one short line, at most a few a minute.
 */
@RestController
class ZaloWebhookController {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhookController.class);
    private static final RefusalLog refusals = RefusalLog.of(log);
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final ObjectProvider<ZaloWebhook> webhook;
    private volatile ZaloWebhook resolved;

    ZaloWebhookController(ObjectProvider<ZaloWebhook> webhook) {
        this.webhook = webhook;
    }

    @PostMapping("/webhooks/zalo")
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = "X-ZEvent-Signature", required = false) String signature,
            InputStream body) throws IOException {
        ZaloWebhook on = webhook();
        if (on == null) {
            return refuse("the Zalo channel is off (ZALO_* settings absent), so no signature can be verified");
        }
        byte[] raw = body.readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Map.of("error", "too_large", "message", "Zalo events are far smaller than this"));
        }
        JsonNode root = on.parse(raw);
        Optional<ZaloWebhook.Refused> refusal = on.refusal(signature, raw, root);
        if (refusal.isPresent()) {
            refusals.refused("Refused a Zalo webhook request ({}): {}", refusal.get().reason(), refusal.get().detail());
            countQuietly(on, refusal.get());
            return refuse(refusal.get().detail());
        }
        try {
            return ResponseEntity.ok(Map.of("status", on.handle(root, raw)));
        } catch (DataAccessException e) {
            log.warn("Could not queue a Zalo event, Zalo will retry it: {}", e.getMostSpecificCause().toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "unavailable", "message", "storage unavailable, retry later"));
        }
    }

    /** The channel's webhook, looked up once it is on (a bean look-up per request cost more than the signature). */
    private ZaloWebhook webhook() {
        ZaloWebhook on = resolved;
        if (on == null) {
            on = webhook.getIfAvailable();
            resolved = on;
        }
        return on;
    }

    /** The request is refused whether or not Redis can count it. */
    private static void countQuietly(ZaloWebhook on, ZaloWebhook.Refused refused) {
        try {
            on.refused(refused);
        } catch (DataAccessException e) {
            log.debug("Could not count a refused Zalo request: {}", e.toString());
        }
    }

    private static ResponseEntity<Map<String, String>> refuse(String why) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid_signature", "message", why));
    }
}
