package vn.gialai.dvcbot.core.message;

import java.util.List;

/**
 * One message the bot (or a volunteer) sends. Channels render {@code choices} as buttons where they can and
 * as numbered lines where they cannot.
 *
 * @param entryId the knowledge-base entry the reply is about, or null
 */
public record Reply(ReplyKind kind, String text, String entryId, List<Choice> choices) {

    public Reply {
        text = text == null ? "" : text;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Reply info(String text, List<Choice> choices) {
        return new Reply(ReplyKind.INFO, text, null, choices);
    }

    public static Reply info(String text) {
        return info(text, List.of());
    }

    public Reply withoutChoices() {
        return new Reply(kind, text, entryId, List.of());
    }

    public Reply withText(String newText) {
        return new Reply(kind, newText, entryId, choices);
    }
}
