/**
 * The volunteer side of the handoff as a JSON API (contracts §5): list, read, claim, reply, release and close
 * tickets, with HTTP Basic. The console at /console does the same through pages.
 */
package vn.gialai.dvcbot.app.handoff;
