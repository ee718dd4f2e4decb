package vn.gialai.dvcbot.core.message;

import java.time.Instant;
import java.util.List;

/**
 * One line of a conversation's transcript: a reply plus its sequence number, sender and time. A citizen's
 * message is stored with kind {@link ReplyKind#INFO} and the text they typed (or the label of the choice).
 *
 * @param seq increases by one per message within a conversation, starting at 1
 * @param author the volunteer's user name for volunteer messages, else null
 */
public record TranscriptMessage(
        long seq, Sender from, Instant at, ReplyKind kind, String text, String entryId, List<Choice> choices,
        String author) {

    public TranscriptMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
