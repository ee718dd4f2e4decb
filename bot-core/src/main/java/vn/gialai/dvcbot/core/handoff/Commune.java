package vn.gialai.dvcbot.core.handoff;

/**
 * One of Gia Lai's 135 communes and wards.
 *
 * @param code the national unit code, e.g. 23575
 * @param name the full name, e.g. "Phường Pleiku"
 * @param type "xã" or "phường"
 */
public record Commune(String code, String name, String type) {
}
