/**
 * The web chat: the citizen-facing JSON API of contracts §4 and the chat page at "/" that the provincial
 * website can embed with one script tag. Sessions are unguessable ids; the browser polls the transcript to
 * see volunteer replies.
 */
package vn.gialai.dvcbot.channels.webchat;
