/**
 * The Telegram channel: long polling (one instance polls, each update handed over durably before Telegram is
 * told it arrived, a watchdog for a poller that went quiet) or a webhook with a secret header; inline
 * keyboards for choices; paced, split, retried sending; and alerts to the volunteers' Telegram group.
 * Telegram types stay inside this package.
 */
package vn.gialai.dvcbot.channels.telegram;
