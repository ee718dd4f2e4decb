package vn.gialai.dvcbot.channels.health;

import java.util.Locale;

/** Why a webhook request was refused, counted separately so the cause of a deaf channel shows at a glance. */
public enum Refusal {
    /** Missing or wrong signature or secret: usually a wrong OA secret key or webhook secret. */
    SIGNATURE,
    /** Signed for another app than the configured one: a wrong ZALO_APP_ID. */
    APP_ID,
    /** A timestamp too old or in the future: a replay, or this server's clock is wrong. */
    STALE,
    /** Not a readable event at all. */
    MALFORMED;

    String field() {
        return "refused:" + name().toLowerCase(Locale.ROOT);
    }
}
