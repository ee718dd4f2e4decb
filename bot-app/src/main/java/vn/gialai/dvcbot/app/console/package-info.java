/**
 * The volunteer console at /console: the live queue (server-sent events, fed by Redis pub/sub so every
 * instance sees every change), claiming, the conversation with the citizen, ready answers from the knowledge
 * base, private notes, release and close. Server-rendered with Thymeleaf; htmx refreshes parts of the page.
 */
package vn.gialai.dvcbot.app.console;
