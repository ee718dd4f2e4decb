package vn.gialai.dvcbot.kb.editing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.feedback.MissedGroup;
import vn.gialai.dvcbot.core.feedback.MissedQuestion;
import vn.gialai.dvcbot.core.feedback.MissedQuestions;
import vn.gialai.dvcbot.kb.store.AuditRecord;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseStore;

/**
 * The questions the bot missed, grouped, as editors work through them: a group becomes examples of an entry, a
 * new entry, or is dismissed; either way it leaves the inbox.
 */
public class MissedInbox {

    private final MissedQuestions missed;
    private final EntryEditing entries;
    private final KnowledgeBaseStore store;
    private final Clock clock;

    public MissedInbox(MissedQuestions missed, EntryEditing entries, KnowledgeBaseStore store, Clock clock) {
        this.missed = missed;
        this.entries = entries;
        this.store = store;
        this.clock = clock;
    }

    public List<MissedGroup> groups() {
        return missed.groups();
    }

    public MissedGroup group(String groupId) {
        return missed.group(groupId).orElseThrow(() -> EditingRefused.notFound(
                "Nhóm câu hỏi này không còn trong hộp thư (đã được xử lý hoặc đã quá hạn lưu)."));
    }

    /** Adds the group's questions to the entry's examples as a new draft and takes them out of the inbox. */
    public EntryVersion attach(String groupId, String entryId, String author) {
        MissedGroup group = group(groupId);
        EntryDraft draft = entries.require(entryId);
        List<String> examples = new ArrayList<>(draft.latest().entry().examples());
        for (MissedQuestion question : group.questions()) {
            if (examples.stream().noneMatch(e -> EntryRules.sameQuestion(e, question.text()))) {
                examples.add(question.text());
            }
        }
        EntryVersion saved = entries.save(draft.latest().entry().withExamples(examples), draft.version(), author,
                "example");
        missed.resolve(group);
        return saved;
    }

    /** The group became a new entry: it leaves the inbox (no-op when it already left). */
    public void resolve(String groupId) {
        missed.group(groupId).ifPresent(missed::resolve);
    }

    public void dismiss(String groupId, String author) {
        MissedGroup group = group(groupId);
        missed.resolve(group);
        store.recordAudit(new AuditRecord(clock.instant(), author, "dismiss", null, 0));
    }
}
