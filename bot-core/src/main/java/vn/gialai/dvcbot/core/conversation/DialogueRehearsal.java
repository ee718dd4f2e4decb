package vn.gialai.dvcbot.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;

/**
 * Plays one citizen's messages through the bot's dialogue rules, with the state kept in memory and no channel,
 * storage or volunteers: what the {@code eval} command measures multi-turn conversations with. Not thread-safe;
 * one per conversation.
 */
public final class DialogueRehearsal {

    private static final ConversationKey KEY = new ConversationKey("rehearsal", "eval");

    private final Dialogue dialogue;
    private ConversationState state = ConversationState.fresh();
    private int messages;

    public DialogueRehearsal(AnswerCatalog catalog) {
        this.dialogue = new Dialogue(catalog, Integer.MAX_VALUE);
    }

    /**
     * What the bot did with one message.
     *
     * @param decision "answer" (from the knowledge base), "clarify" (choices or a confirmation), "handoff" or
     *     "fallback" (anything else: not sure, a menu, a notice)
     * @param entryId the entry answered, or null
     * @param section the section of it shown ("fees", "where"…), or null for its summary
     * @param choices the entry ids offered when clarifying
     */
    public record Step(String decision, String entryId, String section, List<String> choices) {
    }

    public Step say(String text) {
        messages++;
        Turn turn = dialogue.respond(state, new InboundMessage(KEY, "m" + messages, InboundMessage.Kind.TEXT, text,
                Instant.now()));
        state = turn.state().touchedAt(Instant.now());
        if (turn.handoffRequested()) {
            return new Step("handoff", null, null, List.of());
        }
        Reply first = turn.replies().isEmpty() ? Reply.info("") : turn.replies().get(0);
        return switch (first.kind()) {
            case ANSWER -> first.entryId() == null ? new Step("fallback", null, null, List.of())
                    : new Step("answer", first.entryId(),
                            first.entryId().equals(state.currentEntryId()) ? state.currentSection() : null, List.of());
            case CLARIFY -> new Step("clarify", null, null, offered(first));
            default -> new Step("fallback", null, null, List.of());
        };
    }

    private static List<String> offered(Reply reply) {
        List<String> ids = new ArrayList<>();
        for (Choice choice : reply.choices()) {
            ChoiceId.parse(choice.id()).filter(c -> c.action() == ChoiceId.Action.ENTRY)
                    .ifPresent(c -> ids.add(c.entryId()));
        }
        return ids;
    }
}
