package vn.gialai.dvcbot.kb.editing;

/** One row of an examples sheet: a question citizens ask, and the entry that should answer it. */
public record ExamplePair(int row, String question, String entryId) {
}
