package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.Topic;
import vn.gialai.dvcbot.core.feedback.MissReason;
import vn.gialai.dvcbot.core.feedback.QuestionMissed;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.InboundMessage;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.places.PlaceDirectory;

/**
 * Decides what the bot says to one message, given what it remembers. Pure: no I/O besides reading the
 * answer catalog and the place directory (ports), so every rule can be tested without Redis.
 */
final class Dialogue {

    static final String GREETING_ENTRY = "greeting";
    private static final int REPEATED_MISSES = 2;

    private final AnswerCatalog catalog;
    private final EntryReplies replies;
    private final ReplySplitter splitter;
    private final PlaceDirectory places;

    Dialogue(AnswerCatalog catalog, int maxReplyChars) {
        this(catalog, maxReplyChars, PlaceDirectory.NONE);
    }

    Dialogue(AnswerCatalog catalog, int maxReplyChars, PlaceDirectory places) {
        this.catalog = catalog;
        this.replies = new EntryReplies(catalog);
        this.splitter = new ReplySplitter(maxReplyChars);
        this.places = places;
    }

    Turn respond(ConversationState state, InboundMessage message) {
        Turn turn = respondTo(state.clarifying(null), message);
        if (state.clarifyQuestion() != null && !picksOffer(state, message)) {
            return turn.withMiss(new QuestionMissed(state.clarifyQuestion(), MissReason.CLARIFY_IGNORED, null, null));
        }
        return turn;
    }

    /** Whether the citizen took one of the entries or the volunteer the bot offered when it asked to clarify. */
    private static boolean picksOffer(ConversationState state, InboundMessage message) {
        String picked = switch (message.kind()) {
            case CHOICE -> message.text();
            case TEXT -> TextCommands.number(message.text().strip())
                    .filter(n -> n >= 1 && n <= state.pendingChoices().size())
                    .map(n -> state.pendingChoices().get(n - 1).id())
                    .orElse("");
            default -> "";
        };
        return ChoiceId.parse(picked).map(c -> c.action() == ChoiceId.Action.ENTRY
                || c.action() == ChoiceId.Action.HANDOFF).orElse(false);
    }

    private Turn respondTo(ConversationState state, InboundMessage message) {
        return switch (message.kind()) {
            case START -> turn(state, "", greeting());
            case MEDIA -> turn(state, mediaLabel(message.text()), Reply.info(BotTexts.MEDIA_MESSAGE,
                    List.of(EntryReplies.handoffChoice(), EntryReplies.menuChoice())));
            case CHOICE -> onChoice(state, message.text(), labelOf(state, message.text()));
            case TEXT -> onText(state, message.text().strip());
        };
    }

    private Turn onText(ConversationState state, String text) {
        if (text.isEmpty()) {
            return turn(state, text, Reply.info(BotTexts.EMPTY_MESSAGE,
                    List.of(EntryReplies.menuChoice(), EntryReplies.handoffChoice())));
        }
        Optional<Integer> number = TextCommands.number(text);
        if (number.isPresent() && !state.pendingChoices().isEmpty()) {
            return onNumber(state, text, number.get());
        }
        if (TextCommands.isMenu(text)) {
            return turn(state, text, replies.menu(""));
        }
        if (TextCommands.isHandoff(text) || (TextCommands.isYes(text) && offersHandoffFirst(state))) {
            return Turn.handoffRequest(state, text);
        }
        Optional<Section> followUp = TextCommands.followUp(text);
        Optional<AnswerEntry> reading = Optional.ofNullable(state.currentEntryId()).flatMap(catalog::entry);
        if (followUp.isPresent() && reading.isPresent() && EntryReplies.hasSection(reading.get(), followUp.get())) {
            return turn(state, text, replies.section(reading.get(), followUp.get()));
        }
        return places.answer(text).map(p -> turn(state, text, PlaceReplies.of(p)))
                .orElseGet(() -> onQuestion(state, text));
    }

    private Turn onNumber(ConversationState state, String text, int number) {
        List<Choice> pending = state.pendingChoices();
        if (number < 1 || number > pending.size()) {
            return new Turn(state, text, List.of(
                    Reply.info(BotTexts.numberOutOfRange(pending.size()), pending)));
        }
        Choice picked = pending.get(number - 1);
        return onChoice(state, picked.id(), text + " – " + picked.label());
    }

    private Turn onQuestion(ConversationState state, String text) {
        MatchResult match = catalog.match(text);
        return switch (match.decision()) {
            case ANSWER -> catalog.entry(match.bestId())
                    .map(entry -> answer(state.answered(text), text, entry))
                    .orElseGet(() -> fallback(state, text));
            case CLARIFY -> turn(state.clarifying(text), text, clarify(match.choices()));
            case FALLBACK -> fallback(state, text);
        };
    }

    private Turn answer(ConversationState state, String text, AnswerEntry entry) {
        if (entry.kind() == EntryKind.HANDOFF) {
            return Turn.handoffRequest(state, text);
        }
        if (entry.kind() == EntryKind.SMALLTALK) {
            Reply reply = GREETING_ENTRY.equals(entry.id())
                    ? replies.menu(entry.reply())
                    : new Reply(ReplyKind.ANSWER, entry.reply(), entry.id(), List.of(EntryReplies.menuChoice()));
            return turn(state, text, reply);
        }
        return turn(state.reading(entry.id()), text, replies.summary(entry));
    }

    private Reply clarify(List<String> entryIds) {
        List<Choice> choices = new ArrayList<>();
        for (String id : entryIds) {
            catalog.entry(id).ifPresent(e -> choices.add(new Choice(ChoiceId.entry(e.id()), e.title())));
        }
        choices.add(EntryReplies.handoffChoice());
        return new Reply(ReplyKind.CLARIFY, BotTexts.CLARIFY, null, choices);
    }

    private Turn fallback(ConversationState state, String text) {
        ConversationState missed = state.missed(text);
        boolean repeated = missed.missCount() >= REPEATED_MISSES;
        List<Choice> choices = repeated
                ? List.of(EntryReplies.handoffChoice(), EntryReplies.menuChoice())
                : List.of(EntryReplies.menuChoice(), EntryReplies.handoffChoice());
        String says = repeated ? BotTexts.FALLBACK_REPEATED : BotTexts.FALLBACK_FIRST;
        return turn(missed, text, new Reply(ReplyKind.FALLBACK, says, null, choices))
                .withMiss(new QuestionMissed(text, MissReason.FALLBACK, null, null));
    }

    private Turn onChoice(ConversationState state, String choiceId, String citizenText) {
        Optional<ChoiceId> parsed = ChoiceId.parse(choiceId);
        if (parsed.isEmpty()) {
            return places.choose(choiceId).map(p -> turn(state, citizenText, PlaceReplies.of(p)))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(BotTexts.STALE_CHOICE)));
        }
        ChoiceId choice = parsed.get();
        return switch (choice.action()) {
            case MENU -> turn(state, citizenText, replies.menu(""));
            case HANDOFF -> Turn.handoffRequest(state, citizenText);
            case TOPIC -> topic(choice.topicId())
                    .map(t -> turn(state, citizenText, replies.topic(t)))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(BotTexts.STALE_CHOICE)));
            case ENTRY -> catalog.entry(choice.entryId())
                    .map(e -> answer(state, citizenText, e))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(BotTexts.STALE_CHOICE)));
            case SECTION -> catalog.entry(choice.entryId())
                    .map(e -> turn(state.reading(e.id()), citizenText, replies.section(e, choice.section())))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(BotTexts.STALE_CHOICE)));
            case HELPFUL -> turn(state, citizenText, Reply.info(BotTexts.THANKS_FOR_RATING,
                    List.of(EntryReplies.menuChoice())));
            case UNHELPFUL -> unhelpful(state, citizenText, choice.entryId());
        };
    }

    /** A 👎 goes to the editors with the question that got the answer; a volunteer is offered first. */
    private Turn unhelpful(ConversationState state, String citizenText, String entryId) {
        String question = state.lastQuestion() != null ? state.lastQuestion()
                : catalog.entry(entryId).map(AnswerEntry::title).orElse(entryId);
        return turn(state, citizenText, Reply.info(BotTexts.SORRY_UNHELPFUL,
                List.of(EntryReplies.handoffChoice(), EntryReplies.menuChoice())))
                .withMiss(new QuestionMissed(question, MissReason.RATED_UNHELPFUL, entryId, null));
    }

    private Optional<Topic> topic(String id) {
        return catalog.topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private Reply greeting() {
        String intro = catalog.entry(GREETING_ENTRY).map(AnswerEntry::reply).filter(s -> !s.isBlank())
                .orElse(BotTexts.GREETING);
        return replies.menu(intro);
    }

    /** After repeated misses the volunteer is offered first: a plain "yes" accepts. */
    private static boolean offersHandoffFirst(ConversationState state) {
        return !state.pendingChoices().isEmpty() && ChoiceId.HANDOFF.equals(state.pendingChoices().get(0).id());
    }

    /** The menu of topics with an introduction, for replies written outside this class. */
    Reply menu(String intro) {
        return replies.menu(intro);
    }

    /** A turn with several replies; the choices of the last one are what "1", "2"… pick next. */
    Turn reply(ConversationState state, String citizenText, List<Reply> says) {
        List<Reply> parts = new ArrayList<>();
        says.forEach(reply -> parts.addAll(splitter.split(reply)));
        ConversationState next = parts.isEmpty() ? state
                : state.withPendingChoices(parts.get(parts.size() - 1).choices());
        return new Turn(next, citizenText, parts);
    }

    /** What the citizen tapped, for the transcript: the label of a pending choice, else a description. */
    String labelOf(ConversationState state, String choiceId) {
        return state.pendingChoices().stream()
                .filter(c -> c.id().equals(choiceId))
                .map(Choice::label)
                .findFirst()
                .orElseGet(() -> describe(choiceId));
    }

    private String describe(String choiceId) {
        Optional<ChoiceId> parsed = ChoiceId.parse(choiceId);
        if (parsed.isEmpty()) {
            return choiceId;
        }
        ChoiceId choice = parsed.get();
        return switch (choice.action()) {
            case MENU -> BotTexts.LABEL_MENU;
            case HANDOFF -> BotTexts.LABEL_HANDOFF;
            case TOPIC -> topic(choice.topicId()).map(Topic::title).orElse(choiceId);
            case ENTRY -> catalog.entry(choice.entryId()).map(AnswerEntry::title).orElse(choiceId);
            case SECTION -> choice.section().label;
            case HELPFUL -> BotTexts.LABEL_HELPFUL;
            case UNHELPFUL -> BotTexts.LABEL_UNHELPFUL;
        };
    }

    static String mediaLabel(String mediaType) {
        return switch (mediaType) {
            case "image" -> "(Hình ảnh)";
            case "sticker" -> "(Nhãn dán)";
            case "location" -> "(Vị trí)";
            case "file" -> "(Tệp đính kèm)";
            case "voice", "audio" -> "(Tin nhắn thoại)";
            case "video" -> "(Video)";
            default -> "(Tin nhắn không phải chữ)";
        };
    }

    private Turn turn(ConversationState state, String citizenText, Reply reply) {
        List<Reply> parts = splitter.split(reply);
        ConversationState next = state.withPendingChoices(parts.get(parts.size() - 1).choices());
        return new Turn(next, citizenText, parts);
    }
}
