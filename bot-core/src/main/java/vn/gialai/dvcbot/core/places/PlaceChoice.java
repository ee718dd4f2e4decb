package vn.gialai.dvcbot.core.places;

/** A button offered with a {@link PlaceReply}. */
public record PlaceChoice(String id, String label) {
}
