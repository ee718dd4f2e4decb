package vn.gialai.dvcbot.core.places;

import java.util.List;

/**
 * What the bot says about a place.
 *
 * @param clarify true when the bot asks the citizen to pick one of the choices (which old district, which of
 *     two new communes), false for an answer
 * @param choices buttons: choice ids starting with {@link PlaceDirectory#CHOICE_PREFIX}
 */
public record PlaceReply(boolean clarify, String text, List<PlaceChoice> choices) {

    public PlaceReply {
        text = text == null ? "" : text;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
