package vn.gialai.dvcbot.core.places;

import java.util.List;
import java.util.Optional;

/**
 * What the conversation needs to know about Gia Lai's places. Implementations must be thread-safe and must not
 * throw for odd input.
 */
public interface PlaceDirectory {

    /** Prefix of every choice id this port hands out; the conversation routes taps on them back here. */
    String CHOICE_PREFIX = "place:";

    /** A directory that knows no place: every question goes on to the procedures. */
    PlaceDirectory NONE = new PlaceDirectory() {
    };

    /**
     * The reply when the text asks about a place (an old or new commune, its one-stop desk or volunteer team);
     * empty when it does not, so the question goes on to the procedures.
     */
    default Optional<PlaceReply> answer(String text) {
        return Optional.empty();
    }

    /** The reply to a choice this port offered ({@link #CHOICE_PREFIX}); empty when the id is unknown. */
    default Optional<PlaceReply> choose(String choiceId) {
        return Optional.empty();
    }

    /**
     * The codes of the new communes an answer to "which commune?" names through an old name ("thị trấn Diêu
     * Trì" gives Xã Tuy Phước's code); several when the old name is ambiguous or was split; empty when none.
     */
    default List<String> newCodesOf(String answer) {
        return List.of();
    }
}
