package vn.gialai.dvcbot.core.conversation;

import java.util.Optional;

/**
 * The choice ids the engine hands out. They describe what they do ({@code entry:birth-registration},
 * {@code section:birth-registration:steps}), so a button from an older message still works.
 */
record ChoiceId(Action action, String entryId, Section section) {

    static final String MENU = "menu";
    static final String HANDOFF = "handoff";

    enum Action { MENU, HANDOFF, TOPIC, ENTRY, SECTION, HELPFUL, UNHELPFUL, NOT_THIS }

    static String topic(String topicId) {
        return "topic:" + topicId;
    }

    static String entry(String entryId) {
        return "entry:" + entryId;
    }

    static String section(String entryId, Section section) {
        return "section:" + entryId + ":" + section.code;
    }

    /** "No, another topic" on a confirmation that guessed this entry. */
    static String notThis(String entryId) {
        return "not:" + entryId;
    }

    /** The citizen's 👍 or 👎 on an entry's answer. */
    static String rating(String entryId, boolean helpful) {
        return "helpful:" + (helpful ? "yes:" : "no:") + entryId;
    }

    /** The topic id for {@link Action#TOPIC}, kept in {@code entryId}. */
    String topicId() {
        return entryId;
    }

    static Optional<ChoiceId> parse(String id) {
        String s = id == null ? "" : id.strip();
        if (s.equals(MENU)) {
            return Optional.of(new ChoiceId(Action.MENU, null, null));
        }
        if (s.equals(HANDOFF)) {
            return Optional.of(new ChoiceId(Action.HANDOFF, null, null));
        }
        String[] parts = s.split(":", -1);
        if (parts.length == 2 && !parts[1].isEmpty() && parts[0].equals("topic")) {
            return Optional.of(new ChoiceId(Action.TOPIC, parts[1], null));
        }
        if (parts.length == 2 && !parts[1].isEmpty() && parts[0].equals("entry")) {
            return Optional.of(new ChoiceId(Action.ENTRY, parts[1], null));
        }
        if (parts.length == 2 && !parts[1].isEmpty() && parts[0].equals("not")) {
            return Optional.of(new ChoiceId(Action.NOT_THIS, parts[1], null));
        }
        if (parts.length == 3 && parts[0].equals("helpful") && !parts[2].isEmpty()
                && (parts[1].equals("yes") || parts[1].equals("no"))) {
            return Optional.of(new ChoiceId(parts[1].equals("yes") ? Action.HELPFUL : Action.UNHELPFUL, parts[2], null));
        }
        if (parts.length == 3 && parts[0].equals("section")) {
            return Section.byCode(parts[2]).map(sec -> new ChoiceId(Action.SECTION, parts[1], sec));
        }
        return Optional.empty();
    }
}
