/**
 * Limits on what one citizen or one address may make the bot do (sessions, messages, volunteer tickets,
 * missed-question records), kept in Redis so they hold across instances, and the quiet log for refused requests.
 * docs/security.md lists the limits and how to change them.
 */
package vn.gialai.dvcbot.core.limits;
