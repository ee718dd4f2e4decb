package vn.gialai.dvcbot.core.conversation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Availability;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.Topic;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/** Turns knowledge-base entries, topics and sections into replies a citizen reads. */
final class EntryReplies {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AnswerCatalog catalog;

    EntryReplies(AnswerCatalog catalog) {
        this.catalog = catalog;
    }

    Reply menu(String intro) {
        List<Choice> choices = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            choices.add(new Choice(ChoiceId.topic(topic.id()), topic.title()));
        }
        choices.add(handoffChoice());
        String prompt = texts().get(BotText.MENU_PROMPT);
        return Reply.info(intro.isBlank() ? prompt : intro + "\n\n" + prompt, choices);
    }

    Reply topic(Topic topic) {
        List<Choice> choices = new ArrayList<>();
        for (AnswerEntry entry : catalog.entriesOf(topic.id())) {
            choices.add(new Choice(ChoiceId.entry(entry.id()), entry.title()));
        }
        choices.add(menuChoice());
        return Reply.info(texts().format(BotText.TOPIC_INTRO, "topic", topic.title()), choices);
    }

    /** The entry's summary first, then the sections it has as choices. */
    Reply summary(AnswerEntry entry) {
        CaveatMarks marks = new CaveatMarks(entry);
        StringBuilder text = new StringBuilder(entry.title()).append("\n\n")
                .append(marks.text("summary", entry.summary()));
        for (String detail : marks.lines("details", entry.details())) {
            text.append("\n• ").append(detail);
        }
        text.append(footer(entry, CaveatMarks.hasMark(text.toString()), texts()));
        List<Choice> choices = new ArrayList<>(sectionChoices(entry, null));
        if (choices.size() > 2) {
            text.append("\n\n").append(texts().get(BotText.PICK_SECTION));
        }
        text.append("\n").append(texts().get(BotText.ASK_RATING));
        choices.add(new Choice(ChoiceId.rating(entry.id(), true), texts().get(BotText.LABEL_HELPFUL)));
        choices.add(new Choice(ChoiceId.rating(entry.id(), false), texts().get(BotText.LABEL_UNHELPFUL)));
        return new Reply(ReplyKind.ANSWER, text.toString(), entry.id(), choices);
    }

    Reply section(AnswerEntry entry, Section section) {
        String body = sectionText(entry, section);
        if (body.isBlank()) {
            return new Reply(ReplyKind.ANSWER, texts().get(BotText.NO_SECTION_CONTENT), entry.id(), sectionChoices(entry, section));
        }
        String text = entry.title() + " – " + section.label + "\n\n" + body
                + (CaveatMarks.hasMark(body) ? "\n\n" + texts().get(BotText.UNVERIFIED_NOTE) : "");
        return new Reply(ReplyKind.ANSWER, text, entry.id(), sectionChoices(entry, section));
    }

    Choice handoffChoice() {
        return new Choice(ChoiceId.HANDOFF, texts().get(BotText.LABEL_HANDOFF));
    }

    Choice menuChoice() {
        return new Choice(ChoiceId.MENU, texts().get(BotText.LABEL_MENU));
    }

    /** The wording published with the entries, read per reply so a publish takes effect on the next one. */
    BotTexts texts() {
        return catalog.texts();
    }

    List<Choice> sectionChoices(AnswerEntry entry, Section current) {
        List<Choice> choices = new ArrayList<>();
        for (Section section : Section.values()) {
            if (section != current && !sectionText(entry, section).isBlank()) {
                choices.add(new Choice(ChoiceId.section(entry.id(), section), section.label));
            }
        }
        choices.add(handoffChoice());
        choices.add(menuChoice());
        return choices;
    }

    static boolean hasSection(AnswerEntry entry, Section section) {
        return !sectionText(entry, section).isBlank();
    }

    static String sectionText(AnswerEntry entry, Section section) {
        CaveatMarks marks = new CaveatMarks(entry);
        return switch (section) {
            case STEPS -> numbered(marks.lines("steps", entry.steps()));
            case DOCUMENTS -> bulleted(marks.lines("documents", entry.documents()));
            case FEES -> joinLabelled("Lệ phí: ", marks.text("fees", entry.fees()),
                    "Thời gian giải quyết: ", marks.text("processing_time", entry.processingTime()));
            case WHERE -> joinLabelled("Cơ quan giải quyết: ", marks.text("authority", entry.authority()),
                    "Nơi nộp: ", marks.text("where", entry.where()));
            case ONLINE -> onlineText(entry.online(), marks);
        };
    }

    private static String onlineText(AnswerEntry.OnlineService online, CaveatMarks marks) {
        if (online.availability() == Availability.NONE && online.guide().isEmpty()) {
            return online.url().isBlank() ? "" : "Thông tin thủ tục: " + online.url();
        }
        String lead = marks.text("online", switch (online.availability()) {
            case FULL -> "Thủ tục này làm được toàn trình trên mạng (nộp và nhận kết quả không phải đến nơi).";
            case PARTIAL -> "Thủ tục này nộp hồ sơ trên mạng được, nhưng có bước phải đến nơi (ví dụ nhận kết quả, đối chiếu bản gốc).";
            case NONE -> "Thủ tục này hiện phải làm trực tiếp.";
        });
        StringBuilder text = new StringBuilder(lead);
        if (!online.url().isBlank()) {
            text.append("\nĐịa chỉ: ").append(online.url());
        }
        if (!online.guide().isEmpty()) {
            text.append("\n\nCách làm:\n").append(numbered(marks.lines("online.guide", online.guide())));
        }
        return text.toString();
    }

    private static String footer(AnswerEntry entry, boolean marked, BotTexts texts) {
        StringBuilder footer = new StringBuilder();
        if (marked) {
            footer.append("\n\n").append(texts.get(BotText.UNVERIFIED_NOTE));
        }
        if (entry.reviewed() != null) {
            footer.append("\n").append(texts.format(BotText.REVIEWED, "date", DATE.format(entry.reviewed())));
        }
        return footer.toString();
    }

    private static String numbered(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return text.toString();
    }

    private static String bulleted(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append(text.length() == 0 ? "" : "\n").append("• ").append(item);
        }
        return text.toString();
    }

    private static String joinLabelled(String firstLabel, String first, String secondLabel, String second) {
        StringBuilder text = new StringBuilder();
        if (!first.isBlank()) {
            text.append(firstLabel).append(first);
        }
        if (!second.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(secondLabel).append(second);
        }
        return text.toString();
    }
}
