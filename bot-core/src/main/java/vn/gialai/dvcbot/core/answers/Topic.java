package vn.gialai.dvcbot.core.answers;

/** A menu topic (a knowledge-base category). */
public record Topic(String id, String title) {
}
