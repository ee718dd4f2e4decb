package vn.gialai.dvcbot.kb.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.AnswerEntry.Availability;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.kb.content.Entry;

/** Turns a content entry into what the conversation shows. Tolerant: validation reports bad values, not this. */
final class AnswerEntries {

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
