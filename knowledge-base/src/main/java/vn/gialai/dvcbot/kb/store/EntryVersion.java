package vn.gialai.dvcbot.kb.store;

import java.time.Instant;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * One saved version of an entry.
 *
 * @param version 1, 2, 3… per entry
 * @param author the editor's user name, or {@code hệ thống} for the bundled content
 * @param action how it came to be: {@code seed}, {@code save}, {@code restore}, {@code import}, {@code example}
 */
public record EntryVersion(String id, int version, Entry entry, String author, Instant at, String action) {
}
