/**
 * Human handoff: a citizen's chat waits in a queue until a volunteer claims it, the volunteer talks through
 * the citizen's own channel while the bot stays quiet, and the bot resumes after close. The past-tense event
 * records here are published as Spring application events on the instance where the change happened, once
 * per change, so listeners (the Telegram volunteer group, metrics) act exactly once.
 */
package vn.gialai.dvcbot.core.handoff;
