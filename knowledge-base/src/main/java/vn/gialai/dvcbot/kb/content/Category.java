package vn.gialai.dvcbot.kb.content;

/** A menu topic; entries name it in their {@code category} field. */
public record Category(String id, String title) {
}
