package vn.gialai.dvcbot.channels.zalo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Zalo says about the OA (its profile) and about one user (the free replies Zalo's quota API reports), for
 * the admin page and the smoke test. Exists only when the channel is on.
 */
public interface ZaloAccount {

    /** The OA's profile: name, id, verified, package; a failure says why (e.g. the token was refused). */
    Reading profile();

    /** Zalo's own count of what the OA may still send this user, where the quota API answers. */
    Reading quota(String userId);

    /**
     * @param ok whether Zalo answered with the data
     * @param facts what it said, as label → value, in the order shown
     * @param problem why not (Zalo's code and words), or null
     */
    record Reading(boolean ok, Map<String, String> facts, String problem) {

        static Reading failed(String problem) {
            return new Reading(false, Map.of(), problem);
        }

        static Reading of(Map<String, String> facts) {
            return new Reading(true, new LinkedHashMap<>(facts), null);
        }
    }
}
