package vn.gialai.dvcbot.core.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * What the bot tells a citizen about their request for a volunteer, put together from one set of the bot's
 * words ({@link BotTexts}: editors word them in the knowledge base) and the choice ids the handoff understands.
 */
public final class HandoffTexts {

    public static final String CANCEL_CHOICE = "handoff:cancel";
    public static final String SKIP_COMMUNE_CHOICE = "commune:skip";
    public static final String COMMUNE_CHOICE_PREFIX = "commune:";
    public static final String RATE_CHOICE_PREFIX = "rate:";
    static final String MENU_CHOICE = "menu";

    private static final BotText[] RATING_LABELS = {BotText.RATING_1, BotText.RATING_2, BotText.RATING_3,
            BotText.RATING_4, BotText.RATING_5};

    private final BotTexts texts;

    public HandoffTexts(BotTexts texts) {
        this.texts = texts;
    }

    /** A text with nothing to fill in. */
    public String get(BotText text) {
        return texts.get(text);
    }

    public String queued(OptionalInt position, WaitEstimate estimate) {
        return inQueue(position) + " " + estimate.describe(texts);
    }

    /** Queued while nobody is on duty: when they will be, instead of a wait estimate that would mislead. */
    public String queuedOffDuty(OptionalInt position, VolunteerSchedule.OffDuty offDuty) {
        return inQueue(position) + " " + outsideHours(offDuty);
    }

    private String inQueue(OptionalInt position) {
        return texts.format(BotText.HANDOFF_QUEUED, "position", place(position));
    }

    public String outsideHours(VolunteerSchedule.OffDuty offDuty) {
        if (offDuty.next().isEmpty()) {
            return texts.get(BotText.OUTSIDE_HOURS_NO_SCHEDULE);
        }
        return texts.format(BotText.OUTSIDE_HOURS, "hours", offDuty.hours().describe(),
                "next", VolunteerHours.when(offDuty.next().get(), offDuty.now()));
    }

    public String communeNotFound(String answer) {
        String shown = answer.length() > 40 ? answer.substring(0, 40) + "…" : answer;
        return texts.format(BotText.COMMUNE_NOT_FOUND, "answer", shown);
    }

    public String communeNoted(String commune, OptionalInt position) {
        return texts.format(BotText.COMMUNE_NOTED, "commune", commune, "position", place(position));
    }

    public String stillWaiting(OptionalInt position) {
        return texts.format(BotText.STILL_WAITING, "position", place(position));
    }

    public String claimed(String volunteerName) {
        return texts.format(BotText.CLAIMED, "volunteer", volunteerName);
    }

    public String released(OptionalInt position) {
        return texts.format(BotText.RELEASED, "position", place(position));
    }

    public String leaseLapsed(OptionalInt position) {
        return texts.format(BotText.LEASE_LAPSED, "position", place(position));
    }

    /** The sentence about the place in the queue; empty when it is not known (the placeholder then goes). */
    private String place(OptionalInt position) {
        return position.isPresent() ? texts.format(BotText.HANDOFF_POSITION, "number", position.getAsInt()) : "";
    }

    public List<Choice> waitingChoices() {
        return List.of(new Choice(CANCEL_CHOICE, texts.get(BotText.LABEL_CANCEL)));
    }

    public List<Choice> communeChoices(List<Commune> candidates) {
        List<Choice> choices = new ArrayList<>();
        candidates.forEach(c -> choices.add(new Choice(COMMUNE_CHOICE_PREFIX + c.code(), c.name())));
        choices.add(new Choice(SKIP_COMMUNE_CHOICE, texts.get(BotText.LABEL_SKIP)));
        return choices;
    }

    public List<Choice> askCommuneChoices() {
        return List.of(new Choice(SKIP_COMMUNE_CHOICE, texts.get(BotText.LABEL_SKIP)),
                new Choice(CANCEL_CHOICE, texts.get(BotText.LABEL_CANCEL)));
    }

    public List<Choice> ratingChoices(String ticketId) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            choices.add(new Choice(RATE_CHOICE_PREFIX + ticketId + ":" + i, ratingLabel(i)));
        }
        return choices;
    }

    public String ratingLabel(int rating) {
        return texts.get(RATING_LABELS[rating - 1]);
    }

    public Choice menuChoice() {
        return new Choice(MENU_CHOICE, texts.get(BotText.LABEL_MENU));
    }
}
