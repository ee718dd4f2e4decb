package vn.gialai.dvcbot.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.message.Choice;

/**
 * What the bot remembers about a conversation between messages. Immutable; the {@code with…} methods return
 * changed copies.
 *
 * @param pendingChoices the choices of the last reply, so "1", "2"… can pick one
 * @param currentEntryId the entry the citizen is reading, so "giấy tờ" or "ở đâu" can refer to it
 * @param missCount fallbacks in a row; repeated misses offer a volunteer first
 * @param recentMisses the last questions the bot could not answer, newest last
 * @param handoffTicketId the open handoff ticket, or null while the bot talks on its own
 * @param updatedAt when the state last changed
 * @param communeQuestions how often the bot has asked for the citizen's commune for the open ticket and waits
 *     for the answer; 0 when it is not asking
 * @param lastQuestion the last question the bot answered from the knowledge base, so a 👎 or a handoff can
 *     say which question was not served well
 * @param clarifyQuestion the question the bot last asked to clarify, until the citizen picks a choice or moves on
 * @param currentSection the section of {@code currentEntryId} last shown ("fees", "where"…), or null for its
 *     summary; absent in states stored before it existed
 */
public record ConversationState(
        List<Choice> pendingChoices,
        String currentEntryId,
        int missCount,
        List<String> recentMisses,
        String handoffTicketId,
        Instant updatedAt,
        int communeQuestions,
        String lastQuestion,
        String clarifyQuestion,
        String currentSection) {

    static final int RECENT_MISSES_KEPT = 5;

    public ConversationState {
        pendingChoices = pendingChoices == null ? List.of() : List.copyOf(pendingChoices);
        recentMisses = recentMisses == null ? List.of() : List.copyOf(recentMisses);
    }

    public static ConversationState fresh() {
        return new ConversationState(List.of(), null, 0, List.of(), null, null, 0, null, null, null);
    }

    public boolean inHandoff() {
        return handoffTicketId != null;
    }

    public ConversationState withPendingChoices(List<Choice> choices) {
        return new ConversationState(choices, currentEntryId, missCount, recentMisses, handoffTicketId, updatedAt,
                communeQuestions, lastQuestion, clarifyQuestion, currentSection);
    }

    public ConversationState reading(String entryId) {
        return readingSection(entryId, null);
    }

    /** The citizen reads this section of the entry (null: its summary). */
    public ConversationState readingSection(String entryId, String section) {
        return new ConversationState(pendingChoices, entryId, 0, recentMisses, handoffTicketId, updatedAt,
                communeQuestions, lastQuestion, clarifyQuestion, section);
    }

    public ConversationState missed(String question) {
        List<String> misses = new ArrayList<>(recentMisses);
        misses.add(question);
        if (misses.size() > RECENT_MISSES_KEPT) {
            misses = misses.subList(misses.size() - RECENT_MISSES_KEPT, misses.size());
        }
        return new ConversationState(pendingChoices, currentEntryId, missCount + 1, misses, handoffTicketId, updatedAt,
                communeQuestions, lastQuestion, clarifyQuestion, currentSection);
    }

    /** With the open ticket (null: the bot talks on its own again, and stops asking for the commune). */
    public ConversationState withHandoffTicket(String ticketId) {
        return new ConversationState(pendingChoices, currentEntryId, ticketId == null ? 0 : missCount, recentMisses,
                ticketId, updatedAt, ticketId == null ? 0 : communeQuestions, lastQuestion, clarifyQuestion, currentSection);
    }

    public ConversationState withCommuneQuestions(int asked) {
        return new ConversationState(pendingChoices, currentEntryId, missCount, recentMisses, handoffTicketId,
                updatedAt, asked, lastQuestion, clarifyQuestion, currentSection);
    }

    public ConversationState touchedAt(Instant when) {
        return new ConversationState(pendingChoices, currentEntryId, missCount, recentMisses, handoffTicketId, when,
                communeQuestions, lastQuestion, clarifyQuestion, currentSection);
    }

    /** After an answer from the knowledge base to this question. */
    public ConversationState answered(String question) {
        return new ConversationState(pendingChoices, currentEntryId, missCount, recentMisses, handoffTicketId,
                updatedAt, communeQuestions, question, null, currentSection);
    }

    /** While the bot waits for the citizen to pick one of the entries it offered for this question. */
    public ConversationState clarifying(String question) {
        return new ConversationState(pendingChoices, currentEntryId, missCount, recentMisses, handoffTicketId,
                updatedAt, communeQuestions, lastQuestion, question, currentSection);
    }
}
