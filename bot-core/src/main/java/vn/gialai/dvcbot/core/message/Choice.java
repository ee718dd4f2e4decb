package vn.gialai.dvcbot.core.message;

/** A button offered with a reply: {@code id} comes back when the citizen taps it, {@code label} is shown. */
public record Choice(String id, String label) {
}
