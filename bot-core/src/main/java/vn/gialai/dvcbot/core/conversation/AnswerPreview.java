package vn.gialai.dvcbot.core.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.handoff.HandoffTexts;
import vn.gialai.dvcbot.core.handoff.WaitEstimate;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.texts.BotText;

/**
 * Every reply an entry can produce, rendered and split exactly as the engine sends them: for editors'
 * previews and for checking that all content fits the channels.
 */
public final class AnswerPreview {

    private final EntryReplies replies;
    private final ReplySplitter splitter;
    private final AnswerCatalog catalog;

    public AnswerPreview(AnswerCatalog catalog, int maxReplyChars) {
        this.catalog = catalog;
        this.replies = new EntryReplies(catalog);
        this.splitter = new ReplySplitter(maxReplyChars);
    }

    /**
     * The replies keyed by what the citizen asked for: "summary" (or "reply" for smalltalk and handoff
     * entries), then each section the entry has ("steps", "documents", "fees", "where", "online"). A handoff entry
     * shows what the bot says when it queues a citizen (first in the queue, no wait estimate yet).
     */
    public Map<String, List<Reply>> of(AnswerEntry entry) {
        Map<String, List<Reply>> all = new LinkedHashMap<>();
        if (entry.kind() == EntryKind.HANDOFF) {
            HandoffTexts says = new HandoffTexts(catalog.texts());
            String queued = says.queued(OptionalInt.of(1), WaitEstimate.of(List.of())) + "\n\n"
                    + says.get(BotText.WHILE_WAITING);
            all.put("reply", splitter.split(new Reply(ReplyKind.HANDOFF, queued, null, says.waitingChoices())));
            return all;
        }
        if (!entry.answersWithSections()) {
            all.put("reply", splitter.split(Reply.info(entry.reply())));
            return all;
        }
        all.put("summary", splitter.split(replies.summary(entry)));
        for (Section section : Section.values()) {
            if (EntryReplies.hasSection(entry, section)) {
                all.put(section.code, splitter.split(replies.section(entry, section)));
            }
        }
        return all;
    }
}
