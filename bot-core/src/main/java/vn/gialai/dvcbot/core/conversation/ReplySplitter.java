package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.message.Reply;

/**
 * Splits replies longer than the smallest channel limit into several, at paragraph, then line, then sentence,
 * then word boundaries. Choices stay on the last part, where the citizen reads on from. Public so channels
 * that add text of their own (numbered choices) split the result the same way.
 */
public final class ReplySplitter {

    private static final String[] BREAKS = {"\n\n", "\n", ". ", " "};

    private final int maxChars;

    public ReplySplitter(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("A reply limit below 100 characters would shred answers");
        }
        this.maxChars = maxChars;
    }

    List<Reply> split(Reply reply) {
        if (reply.text().length() <= maxChars) {
            return List.of(reply);
        }
        List<String> parts = splitText(reply.text());
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Reply part = reply.withText(parts.get(i));
            replies.add(i == parts.size() - 1 ? part : part.withoutChoices());
        }
        return replies;
    }

    public List<String> splitText(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > maxChars) {
            int cut = cutPoint(rest);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private int cutPoint(String text) {
        for (String separator : BREAKS) {
            int at = text.lastIndexOf(separator, maxChars - separator.length());
            if (at > maxChars / 3) {
                return at + separator.length();
            }
        }
        int cut = maxChars;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
