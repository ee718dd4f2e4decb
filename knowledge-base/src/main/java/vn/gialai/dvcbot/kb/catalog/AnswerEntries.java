package vn.gialai.dvcbot.kb.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Availability;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * The one mapping between the two forms of an entry: {@link Entry} is the stored form (the YAML file, the editor's
 * versions in Redis: everything an editor writes), {@link AnswerEntry} the served form (bot-core, what the
 * conversation shows a citizen). They are two records on purpose: the core must not depend on the knowledge base,
 * and the served form is typed and never null where the stored one keeps what the editor wrote. Tolerant:
 * validation reports bad values, this falls back.
 *
 * <table>
 * <caption>Stored → served</caption>
 * <tr><th>Entry (stored)</th><th>AnswerEntry (served)</th></tr>
 * <tr><td>id, title, summary, authority, where, documents, steps, fees, processingTime, details, reply,
 *     related</td><td>the same, texts stripped, absent as empty</td></tr>
 * <tr><td>kind (text)</td><td>kind ({@link EntryKind}; unknown → INFO)</td></tr>
 * <tr><td>category</td><td>topicId</td></tr>
 * <tr><td>online (texts)</td><td>online (typed availability; unknown → NONE)</td></tr>
 * <tr><td>sources</td><td>sources</td></tr>
 * <tr><td>reviewed (YYYY-MM-DD text)</td><td>reviewed (date; unreadable → null)</td></tr>
 * <tr><td>unverified</td><td>unverified: only the points shown to citizens, as caveats</td></tr>
 * </table>
 *
 * <p>Stored only ({@link #STORED_ONLY}): aliases, keywords and examples feed the matcher; feeAmounts and
 * legalBasis feed validation and the editors' pages. A new field of {@link Entry} must be added to the mapping or
 * to that list ({@code AnswerEntriesTests} fails until it is).
 */
final class AnswerEntries {

    /** Entry fields the conversation never shows. */
    static final java.util.Set<String> STORED_ONLY = java.util.Set.of("aliases", "keywords", "examples", "feeAmounts",
            "legalBasis");

    private AnswerEntries() {
    }

    static AnswerEntry of(Entry e) {
        return new AnswerEntry(e.id(), kind(e.kind()), e.category(), e.title(), e.summary(), e.authority(), e.where(),
                e.documents(), e.steps(), e.fees(), e.processingTime(), online(e.online()), e.details(), e.reply(),
                e.sources().stream().map(s -> new AnswerEntry.Source(s.title(), s.url())).toList(),
                date(e.reviewed()),
                e.unverified().stream().filter(Entry.Unverified::shown)
                        .map(u -> new AnswerEntry.Caveat(u.field(), u.about())).toList(),
                e.related());
    }

    static EntryKind kind(String kind) {
        try {
            return kind == null ? EntryKind.INFO : EntryKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return EntryKind.INFO;
        }
    }

    private static AnswerEntry.OnlineService online(Entry.Online online) {
        if (online == null) {
            return AnswerEntry.OnlineService.NONE;
        }
        Availability availability;
        try {
            availability = online.availability() == null ? Availability.NONE
                    : Availability.valueOf(online.availability().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            availability = Availability.NONE;
        }
        return new AnswerEntry.OnlineService(availability, online.url(), online.guide());
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
