package vn.gialai.dvcbot.kb.content;

/**
 * Something wrong with the content: which file, which field, what is wrong. Written for editors, so the
 * reason says what to change.
 */
public record ContentProblem(String file, String field, String reason) {

    @Override
    public String toString() {
        return file + ": " + field + ": " + reason;
    }
}
