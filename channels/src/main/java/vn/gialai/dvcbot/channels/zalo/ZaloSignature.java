package vn.gialai.dvcbot.channels.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex>} where the hex is the plain SHA-256 (not an
 * HMAC) of app id + raw body + the body's timestamp + the OA secret key. The body must be the bytes exactly as
 * received; re-serialised JSON would not match.
 */
final class ZaloSignature {

    private static final String PREFIX = "mac=";

    private final String oaSecretKey;

    ZaloSignature(String oaSecretKey) {
        this.oaSecretKey = oaSecretKey;
    }

    /** The header value Zalo sends for this body, signed with {@code id} (the app id). */
    String sign(String id, byte[] rawBody, String timestamp) {
        return PREFIX + mac(id, rawBody, timestamp);
    }

    /** Whether the header carries the MAC of this body; compared in constant time. */
    boolean verifies(String header, String id, byte[] rawBody, String timestamp) {
        if (header == null || id == null || timestamp == null) {
            return false;
        }
        String given = header.strip();
        if (given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            given = given.substring(PREFIX.length());
        }
        byte[] expected = mac(id, rawBody, timestamp).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String id, byte[] rawBody, String timestamp) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(id.getBytes(StandardCharsets.UTF_8));
            sha256.update(rawBody);
            sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha256.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
