/**
 * Leases: locks that expire on their own, so work that must run once at a time (one conversation's
 * messages, the Telegram poller, the Zalo token refresh) survives an instance that dies while holding one.
 */
package vn.gialai.dvcbot.core.lease;
