package vn.gialai.dvcbot.core.answers;

import java.util.List;
import java.util.Optional;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * What the conversation engine needs from the knowledge base. Implementations must be thread-safe and may
 * swap their content at any time (an editor publishes); each call sees one consistent snapshot.
 */
public interface AnswerCatalog {

    /** Matches a citizen's free text. Never throws for odd input: empty or junk text gives a fallback. */
    MatchResult match(String question);

    Optional<AnswerEntry> entry(String id);

    /** Menu topics in display order; only topics that have entries. */
    List<Topic> topics();

    /** Entries of a topic in display order. */
    List<AnswerEntry> entriesOf(String topicId);

    /** The bot's own words as published with the entries; the code's defaults where the catalog has none. */
    default BotTexts texts() {
        return BotTexts.DEFAULTS;
    }
}
