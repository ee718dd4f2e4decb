/**
 * Honest channel health: what each messaging channel's webhook accepted and refused (by reason), when a message
 * was last delivered, and whether the channel has gone deaf (recent events all refused, nothing accepted for
 * too long while it is on, or its webhook could not be registered). Zalo and Telegram report here; the health
 * indicators say DEGRADED, and the consoles show {@link vn.gialai.dvcbot.channels.health.ChannelAlerts} as a
 * banner to administrators.
 */
package vn.gialai.dvcbot.channels.health;
