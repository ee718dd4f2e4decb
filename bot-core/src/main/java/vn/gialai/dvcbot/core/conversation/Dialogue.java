package vn.gialai.dvcbot.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * Decides what the bot says to one message, given what it remembers. Pure: no I/O besides reading the
 * answer catalog and the place directory (ports), so every rule can be tested without Redis.
 */
// Over 250 lines on purpose: the whole decision of one turn, pure and unit-tested, in one place.
final class Dialogue {

    static final String GREETING_ENTRY = "greeting";
    /** Said at the start only when the knowledge base has no {@code greeting} entry (editors word it there). */
    private static final String GREETING = """
            Xin chào bà con! Tôi là trợ lý hỏi đáp thủ tục hành chính của tỉnh Gia Lai. \
            Tôi chỉ cách làm giấy tờ: cần giấy tờ gì, nộp ở đâu, mất bao lâu, lệ phí bao nhiêu và cách nộp trực tuyến. \
            Khi cần, tôi kết nối bà con với tình nguyện viên Đoàn Thanh niên.""";
    /** How long a confirmation waits for a typed "có"/"không" (buttons keep working: they name the entry). */
    static final Duration CONFIRMATION_KEPT = Duration.ofMinutes(30);
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
        Turn turn = respondTo(state.clarifying(null), message, offeredFor(state, message), state.clarifyQuestion());
        if (state.clarifyQuestion() == null) {
            return turn;
        }
        Optional<ChoiceId> picked = offerPicked(state, message).flatMap(ChoiceId::parse);
        if (picked.isPresent() && picked.get().action() == ChoiceId.Action.NOT_THIS) {
            return turn.withMiss(new QuestionMissed(state.clarifyQuestion(), MissReason.CONFIRMATION_DECLINED,
                    picked.get().entryId(), null));
        }
        boolean tookOffer = picked.map(c -> c.action() == ChoiceId.Action.ENTRY
                || c.action() == ChoiceId.Action.HANDOFF).orElse(false)
                || confirmationGuess(state).or(() -> offered(state).stream().findFirst())
                        .filter(id -> id.equals(turn.state().currentEntryId())).isPresent();
        return tookOffer ? turn
                : turn.withMiss(new QuestionMissed(state.clarifyQuestion(), MissReason.CLARIFY_IGNORED, null, null));
    }

    /** The choice id the citizen picked from the last reply: tapped, typed as its number, or a typed yes/no. */
    private Optional<String> offerPicked(ConversationState state, InboundMessage message) {
        return switch (message.kind()) {
            case CHOICE -> Optional.of(message.text());
            case TEXT -> TextCommands.number(message.text().strip())
                    .filter(n -> n >= 1 && n <= state.pendingChoices().size())
                    .map(n -> state.pendingChoices().get(n - 1).id())
                    .or(() -> typedAnswer(state, message.text().strip(), message.receivedAt()));
            default -> Optional.empty();
        };
    }

    /**
     * A typed "có"/"không" answers the question the last reply asked: a fresh confirmation (Có / Không, chủ đề
     * khác), else "Câu trả lời có giúp ích không?" (👍 / 👎). Empty when it answers nothing.
     */
    private Optional<String> typedAnswer(ConversationState state, String text, Instant at) {
        boolean yes = TextCommands.isYes(texts(), text);
        if (!yes && !TextCommands.isNo(texts(), text)) {
            return Optional.empty();
        }
        for (Choice choice : state.pendingChoices()) {
            Optional<ChoiceId> parsed = ChoiceId.parse(choice.id());
            ChoiceId.Action action = parsed.map(ChoiceId::action).orElse(ChoiceId.Action.MENU);
            if (action == ChoiceId.Action.NOT_THIS && fresh(state, at)) {
                return Optional.of(yes ? ChoiceId.entry(parsed.get().entryId()) : choice.id());
            }
            if ((action == ChoiceId.Action.HELPFUL && yes) || (action == ChoiceId.Action.UNHELPFUL && !yes)) {
                return Optional.of(choice.id());
            }
        }
        return Optional.empty();
    }

    /** The entry a pending confirmation guessed, if the last reply was one. */
    private static Optional<String> confirmationGuess(ConversationState state) {
        return state.pendingChoices().stream()
                .flatMap(c -> ChoiceId.parse(c.id()).stream())
                .filter(c -> c.action() == ChoiceId.Action.NOT_THIS)
                .map(ChoiceId::entryId)
                .findFirst();
    }

    /**
     * The entries a pending clarify with several choices offered, best first; empty after any other reply (a
     * confirmation, an answer with its related entries).
     */
    private static List<String> offered(ConversationState state) {
        if (state.clarifyQuestion() == null || confirmationGuess(state).isPresent()) {
            return List.of();
        }
        return state.pendingChoices().stream()
                .flatMap(c -> ChoiceId.parse(c.id()).stream())
                .filter(c -> c.action() == ChoiceId.Action.ENTRY)
                .map(ChoiceId::entryId)
                .toList();
    }

    /**
     * The entries of a pending clarify, the one that best fits the clarified question read together with this
     * message first ("thẻ bhyt cho cả nhà" → "mỗi người hết bao nhiêu tiền": the household one).
     */
    private List<String> offeredFor(ConversationState state, InboundMessage message) {
        List<String> offered = offered(state);
        if (offered.size() < 2 || message.kind() != InboundMessage.Kind.TEXT) {
            return offered;
        }
        List<String> ranked = catalog.match(state.clarifyQuestion() + " " + message.text()).top().stream()
                .map(MatchResult.ScoredEntry::id).toList();
        List<String> order = new ArrayList<>(offered);
        order.sort(Comparator.comparingInt(id -> ranked.contains(id) ? ranked.indexOf(id) : ranked.size()));
        return order;
    }

    /** A confirmation answered after this long is not taken as an answer to it: the citizen has moved on. */
    private static boolean fresh(ConversationState state, Instant at) {
        return state.updatedAt() == null || !at.isAfter(state.updatedAt().plus(CONFIRMATION_KEPT));
    }

    /** @param clarified the question a clarify or confirmation in the last reply asked about, else null */
    private Turn respondTo(ConversationState state, InboundMessage message, List<String> offered, String clarified) {
        return switch (message.kind()) {
            case START -> turn(state, "", greeting());
            case MEDIA -> turn(state, mediaLabel(message.text()), Reply.info(texts().get(BotText.MEDIA_MESSAGE),
                    List.of(replies.handoffChoice(), replies.menuChoice())));
            case CHOICE -> onChoice(state, message.text(), labelOf(state, message.text()), clarified);
            case TEXT -> onText(state, message.text().strip(), message.receivedAt(), offered, clarified);
        };
    }

    private Turn onText(ConversationState state, String text, Instant at, List<String> offered, String clarified) {
        if (text.isEmpty()) {
            return turn(state, text, Reply.info(texts().get(BotText.EMPTY_MESSAGE),
                    List.of(replies.menuChoice(), replies.handoffChoice())));
        }
        Optional<Integer> number = TextCommands.number(text);
        if (number.isPresent() && !state.pendingChoices().isEmpty()) {
            return onNumber(state, text, number.get(), clarified);
        }
        if (TextCommands.isMenu(texts(), text)) {
            return turn(state, text, replies.menu(""));
        }
        if (TextCommands.isHandoff(texts(), text) || (TextCommands.isYes(texts(), text) && offersHandoffFirst(state))) {
            return Turn.handoffRequest(state, text);
        }
        Optional<String> answered = typedAnswer(state, text, at);
        if (answered.isPresent()) {
            return onChoice(state, answered.get(), text, clarified);
        }
        if (TextCommands.isYes(texts(), text) || TextCommands.isNo(texts(), text)) {
            return turn(state, text, replies.menu(texts().get(BotText.NOTHING_TO_CONFIRM)));
        }
        // A follow-up right after a confirmation ("Có phải … ?" → "nộp ở đâu") takes the guess as meant; right after
        // a clarify with several choices, the best of them, with the same section of the others offered beside it.
        // The entry read before the clarify is no context any more: the citizen has moved on.
        boolean afterClarify = !offered.isEmpty() && fresh(state, at);
        String about = confirmationGuess(state).filter(id -> fresh(state, at))
                .or(() -> afterClarify ? Optional.of(offered.get(0)) : Optional.empty())
                .orElse(state.currentEntryId());
        Optional<AnswerEntry> reading = Optional.ofNullable(about).flatMap(catalog::entry)
                .filter(AnswerEntry::answersWithSections);
        List<AnswerEntry> alternatives = afterClarify ? offered.stream().skip(1).flatMap(id -> catalog.entry(id).stream())
                .filter(AnswerEntry::answersWithSections).toList() : List.of();
        return reading.flatMap(entry -> sectionFollowUp(state, text, entry, alternatives))
                .or(() -> places.answer(text).map(p -> turn(state, text, PlaceReplies.of(p, replies.menuChoice()))))
                .or(() -> afterClarify ? Optional.empty() : reading.flatMap(entry -> contextFollowUp(state, text, entry)))
                .orElseGet(() -> onQuestion(state, text));
    }

    /**
     * A message about the entry being read with a section cue ("ở mô", "mất bao lâu", "lệ phí") opens that
     * section, unless the rest of the message names another topic the matcher is sure of, or is out of scope.
     */
    private Optional<Turn> sectionFollowUp(ConversationState state, String text, AnswerEntry reading,
            List<AnswerEntry> alternatives) {
        Optional<TextCommands.SectionCue> cue = TextCommands.sectionCue(text);
        if (cue.isPresent()) {
            String rest = cue.get().remainder();
            MatchResult other = rest.isBlank() ? MatchResult.fallback(List.of()) : catalog.match(rest);
            // A fragment ("người trong nhà") easily looks out of scope; the whole message must look so too.
            boolean outOfScope = other.outOfScope() && catalog.match(text).outOfScope();
            // A longer message with a cue may be an address question ("xã … cũ giờ ở đâu"): the places answer it.
            boolean elsewhere = !cue.get().shortMessage()
                    && (pointsElsewhere(other, reading) || places.answer(text).isPresent());
            if (outOfScope || namesAnotherTopic(other, reading) || elsewhere) {
                return Optional.empty();
            }
            Section section = cue.get().section();
            Reply reply = replies.section(reading, section);
            if (!alternatives.isEmpty()) {
                List<Choice> choices = new ArrayList<>();
                alternatives.forEach(a -> choices.add(new Choice(ChoiceId.section(a.id(), section),
                        a.title() + " – " + section.label)));
                choices.addAll(reply.choices());
                reply = new Reply(reply.kind(), reply.text(), reply.entryId(), choices);
            }
            return Optional.of(turn(state.readingSection(reading.id(), section.code), text, reply));
        }
        return Optional.empty();
    }

    /**
     * Without a cue, a message the matcher cannot place alone is read together with the entry's title ("còn cho
     * con thì sao"). A clearly matched new topic always wins over the context.
     */
    private Optional<Turn> contextFollowUp(ConversationState state, String text, AnswerEntry reading) {
        MatchResult alone = catalog.match(text);
        if (alone.decision() == MatchResult.Decision.ANSWER || alone.outOfScope()
                || (alone.decision() == MatchResult.Decision.CLARIFY && !alone.confirmation()
                        && !alone.choices().contains(reading.id()))) {
            return Optional.empty();
        }
        // A guess of another entry is the citizen's own words pointing elsewhere: context does not override it.
        boolean fitsContext = alone.choices().contains(reading.id())
                || (alone.decision() == MatchResult.Decision.FALLBACK
                        && reading.id().equals(catalog.match(reading.title() + " " + text).bestId()));
        return fitsContext ? Optional.of(answer(state.answered(text), text, reading)) : Optional.empty();
    }

    /** The matcher offers (or asks to confirm) entries other than the one being read. */
    private static boolean pointsElsewhere(MatchResult match, AnswerEntry reading) {
        return match.decision() == MatchResult.Decision.CLARIFY && !match.choices().contains(reading.id());
    }

    /** The matcher answers with another knowledge-base entry than the one being read (not smalltalk). */
    private boolean namesAnotherTopic(MatchResult match, AnswerEntry reading) {
        return match.decision() == MatchResult.Decision.ANSWER && !reading.id().equals(match.bestId())
                && catalog.entry(match.bestId()).map(AnswerEntry::answersWithSections).orElse(false);
    }

    private Turn onNumber(ConversationState state, String text, int number, String clarified) {
        List<Choice> pending = state.pendingChoices();
        if (number < 1 || number > pending.size()) {
            return new Turn(state, text, List.of(
                    Reply.info(texts().format(BotText.NUMBER_OUT_OF_RANGE, "max", pending.size()), pending)));
        }
        Choice picked = pending.get(number - 1);
        return onChoice(state, picked.id(), text + " – " + picked.label(), clarified);
    }

    private Turn onQuestion(ConversationState state, String text) {
        MatchResult match = catalog.match(text);
        return switch (match.decision()) {
            case ANSWER -> catalog.entry(match.bestId())
                    .map(entry -> answerAsked(state.answered(text), text, text, entry))
                    .orElseGet(() -> fallback(state, text));
            case CLARIFY -> match.confirmation() ? confirm(state, text, match.choices().get(0))
                    : turn(state.clarifying(text), text, clarify(match.choices()));
            case FALLBACK -> fallback(state, text);
        };
    }

    /**
     * A lone plausible guess: "Có phải bà con hỏi về …?" with Có / Không, chủ đề khác. A greeting, thanks or
     * goodbye is simply answered: asking to confirm those would be odd.
     */
    private Turn confirm(ConversationState state, String text, String entryId) {
        Optional<AnswerEntry> guess = catalog.entry(entryId);
        if (guess.isEmpty()) {
            return fallback(state, text);
        }
        if (guess.get().kind() == EntryKind.SMALLTALK) {
            return answer(state.answered(text), text, guess.get());
        }
        List<Choice> choices = List.of(new Choice(ChoiceId.entry(entryId), texts().get(BotText.CONFIRM_YES)),
                new Choice(ChoiceId.notThis(entryId), texts().get(BotText.CONFIRM_NO)));
        return turn(state.clarifying(text), text,
                new Reply(ReplyKind.CLARIFY, texts().format(BotText.CONFIRM, "title", guess.get().title()), null, choices));
    }

    /**
     * A question that already asks for one part ("lệ phí làm hộ chiếu bao nhiêu", "làm căn cước ở mô") gets that
     * section at once, as a follow-up would ({@link AskedSection}); other questions get the summary. The question is
     * the one typed now, or the one a clarify or confirmation asked about before the citizen picked the entry.
     */
    private Turn answerAsked(ConversationState state, String citizenText, String question, AnswerEntry entry) {
        Optional<Section> asked = entry.answersWithSections() && question != null
                ? AskedSection.of(question, entry.title()).filter(s -> EntryReplies.hasSection(entry, s))
                : Optional.empty();
        return asked.map(section -> turn(state.readingSection(entry.id(), section.code), citizenText,
                        replies.section(entry, section)))
                .orElseGet(() -> answer(state, citizenText, entry));
    }

    private Turn answer(ConversationState state, String text, AnswerEntry entry) {
        if (entry.kind() == EntryKind.HANDOFF) {
            return Turn.handoffRequest(state, text);
        }
        if (entry.kind() == EntryKind.SMALLTALK) {
            Reply reply = GREETING_ENTRY.equals(entry.id())
                    ? replies.menu(entry.reply())
                    : new Reply(ReplyKind.ANSWER, entry.reply(), entry.id(), List.of(replies.menuChoice()));
            return turn(state, text, reply);
        }
        return turn(state.reading(entry.id()), text, replies.summary(entry));
    }

    private Reply clarify(List<String> entryIds) {
        List<Choice> choices = new ArrayList<>();
        for (String id : entryIds) {
            catalog.entry(id).ifPresent(e -> choices.add(new Choice(ChoiceId.entry(e.id()), e.title())));
        }
        choices.add(replies.handoffChoice());
        return new Reply(ReplyKind.CLARIFY, texts().get(BotText.CLARIFY), null, choices);
    }

    private Turn fallback(ConversationState state, String text) {
        ConversationState missed = state.missed(text);
        boolean repeated = missed.missCount() >= REPEATED_MISSES;
        List<Choice> choices = repeated
                ? List.of(replies.handoffChoice(), replies.menuChoice())
                : List.of(replies.menuChoice(), replies.handoffChoice());
        String says = texts().get(repeated ? BotText.FALLBACK_REPEATED : BotText.FALLBACK_FIRST);
        return turn(missed, text, new Reply(ReplyKind.FALLBACK, says, null, choices))
                .withMiss(new QuestionMissed(text, MissReason.FALLBACK, null, null));
    }

    private Turn onChoice(ConversationState state, String choiceId, String citizenText, String clarified) {
        Optional<ChoiceId> parsed = ChoiceId.parse(choiceId);
        if (parsed.isEmpty()) {
            return places.choose(choiceId).map(p -> turn(state, citizenText, PlaceReplies.of(p, replies.menuChoice())))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(texts().get(BotText.STALE_CHOICE))));
        }
        ChoiceId choice = parsed.get();
        return switch (choice.action()) {
            case MENU -> turn(state, citizenText, replies.menu(""));
            case HANDOFF -> Turn.handoffRequest(state, citizenText);
            case TOPIC -> topic(choice.topicId())
                    .map(t -> turn(state, citizenText, replies.topic(t)))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(texts().get(BotText.STALE_CHOICE))));
            case ENTRY -> catalog.entry(choice.entryId())
                    .map(e -> answerAsked(state, citizenText, clarified, e))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(texts().get(BotText.STALE_CHOICE))));
            case SECTION -> catalog.entry(choice.entryId())
                    .map(e -> turn(state.readingSection(e.id(), choice.section().code), citizenText,
                            replies.section(e, choice.section())))
                    .orElseGet(() -> turn(state, citizenText, replies.menu(texts().get(BotText.STALE_CHOICE))));
            case HELPFUL -> turn(state, citizenText, Reply.info(texts().get(BotText.THANKS_FOR_RATING),
                    List.of(replies.menuChoice())));
            case UNHELPFUL -> unhelpful(state, citizenText, choice.entryId());
            case NOT_THIS -> turn(state, citizenText, replies.menu(texts().get(BotText.CONFIRMATION_DECLINED)));
        };
    }

    /** A 👎 goes to the editors with the question that got the answer; a volunteer is offered first. */
    private Turn unhelpful(ConversationState state, String citizenText, String entryId) {
        String question = state.lastQuestion() != null ? state.lastQuestion()
                : catalog.entry(entryId).map(AnswerEntry::title).orElse(entryId);
        return turn(state, citizenText, Reply.info(texts().get(BotText.SORRY_UNHELPFUL),
                List.of(replies.handoffChoice(), replies.menuChoice())))
                .withMiss(new QuestionMissed(question, MissReason.RATED_UNHELPFUL, entryId, null));
    }

    private Optional<Topic> topic(String id) {
        return catalog.topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private Reply greeting() {
        String intro = catalog.entry(GREETING_ENTRY).map(AnswerEntry::reply).filter(s -> !s.isBlank())
                .orElse(GREETING);
        return replies.menu(intro);
    }

    /** After repeated misses the volunteer is offered first: a plain "yes" accepts. */
    private static boolean offersHandoffFirst(ConversationState state) {
        return !state.pendingChoices().isEmpty() && ChoiceId.HANDOFF.equals(state.pendingChoices().get(0).id());
    }

    /** The bot's own words as published now; read per turn so a publish takes effect on the next reply. */
    BotTexts texts() {
        return catalog.texts();
    }

    /** The menu button, for replies written outside this class. */
    Choice menuChoice() {
        return replies.menuChoice();
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
            case MENU -> texts().get(BotText.LABEL_MENU);
            case HANDOFF -> texts().get(BotText.LABEL_HANDOFF);
            case TOPIC -> topic(choice.topicId()).map(Topic::title).orElse(choiceId);
            case ENTRY -> catalog.entry(choice.entryId()).map(AnswerEntry::title).orElse(choiceId);
            case SECTION -> choice.section().label;
            case HELPFUL -> texts().get(BotText.LABEL_HELPFUL);
            case UNHELPFUL -> texts().get(BotText.LABEL_UNHELPFUL);
            case NOT_THIS -> texts().get(BotText.CONFIRM_NO);
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
