/**
 * The Zalo Official Account channel: verified webhooks in (contracts §7), consultation messages out through
 * the OA API v3, the 48-hour messaging window, the display names of citizens, and OA tokens that are
 * refreshed one at a time across instances and saved before they are used. Zalo payloads and HTTP types stay
 * in this package; the rest of the app sees only the core ports and {@link
 * vn.gialai.dvcbot.channels.zalo.ZaloAdministration}.
 */
package vn.gialai.dvcbot.channels.zalo;
