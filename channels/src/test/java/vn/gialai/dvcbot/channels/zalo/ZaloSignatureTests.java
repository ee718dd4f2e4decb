package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The MAC of research notes §1.2: plain SHA-256 of app id + raw body + timestamp + OA secret key. */
class ZaloSignatureTests {

    private final ZaloSignature signature = new ZaloSignature("oa-secret");
    private final byte[] body = ZaloFixtures.raw("user_send_text").getBytes(StandardCharsets.UTF_8);

    @Test
    void theMacIsTheSha256OfAppIdBodyTimestampAndOaSecretKey() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                ("2553928453557884079" + new String(body, StandardCharsets.UTF_8) + "1699003881354" + "oa-secret")
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(signature.sign("2553928453557884079", body, "1699003881354")).isEqualTo("mac=" + expected);
        assertThat(signature.verifies("mac=" + expected, "2553928453557884079", body, "1699003881354")).isTrue();
        assertThat(signature.verifies("mac=" + expected.toUpperCase(), "2553928453557884079", body, "1699003881354"))
                .isTrue();
    }

    @Test
    void anyChangedByteTimestampKeyOrAppIdFailsTheCheck() {
        String header = signature.sign("2553928453557884079", body, "1699003881354");
        byte[] tampered = body.clone();
        tampered[tampered.length - 3] ^= 1;

        assertThat(signature.verifies(header, "2553928453557884079", tampered, "1699003881354")).isFalse();
        assertThat(signature.verifies(header, "2553928453557884079", body, "1699003881355")).isFalse();
        assertThat(signature.verifies(header, "3662729599332560487", body, "1699003881354")).isFalse();
        assertThat(new ZaloSignature("app-secret").verifies(header, "2553928453557884079", body, "1699003881354"))
                .isFalse();
    }

    @Test
    void aMissingOrMalformedHeaderFails() {
        assertThat(signature.verifies(null, "2553928453557884079", body, "1699003881354")).isFalse();
        assertThat(signature.verifies("", "2553928453557884079", body, "1699003881354")).isFalse();
        assertThat(signature.verifies("mac=", "2553928453557884079", body, "1699003881354")).isFalse();
        assertThat(signature.verifies("mac=zz", "2553928453557884079", body, "1699003881354")).isFalse();
    }
}
