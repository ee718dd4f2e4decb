/**
 * What citizens tell us about the answers: questions the bot missed (fell back, a clarification left
 * unanswered, rated 👎, handed to a volunteer), with personal data masked, grouped for the editors' inbox.
 */
package vn.gialai.dvcbot.core.feedback;
