package vn.gialai.dvcbot.core.answers;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base entry as the conversation shows it to a citizen. Absent texts are empty strings and
 * absent lists are empty, never null.
 */
public record AnswerEntry(
        String id,
        EntryKind kind,
        String topicId,
        String title,
        String summary,
        String authority,
        String where,
        List<String> documents,
        List<String> steps,
        String fees,
        String processingTime,
        OnlineService online,
        List<String> details,
        String reply,
        List<Source> sources,
        LocalDate reviewed,
        List<Caveat> unverified,
        List<String> related) {

    public AnswerEntry {
        summary = orEmpty(summary);
        authority = orEmpty(authority);
        where = orEmpty(where);
        fees = orEmpty(fees);
        processingTime = orEmpty(processingTime);
        reply = orEmpty(reply);
        topicId = orEmpty(topicId);
        documents = listOrEmpty(documents);
        steps = listOrEmpty(steps);
        details = listOrEmpty(details);
        sources = listOrEmpty(sources);
        unverified = listOrEmpty(unverified);
        related = listOrEmpty(related);
        online = online == null ? OnlineService.NONE : online;
    }

    public boolean answersWithSections() {
        return kind == EntryKind.PROCEDURE || kind == EntryKind.INFO;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Where a procedure can be done online and how. */
    public record OnlineService(Availability availability, String url, List<String> guide) {
        public static final OnlineService NONE = new OnlineService(Availability.NONE, "", List.of());

        public OnlineService {
            availability = availability == null ? Availability.NONE : availability;
            url = url == null ? "" : url.strip();
            guide = guide == null ? List.of() : List.copyOf(guide);
        }
    }

    public enum Availability { FULL, PARTIAL, NONE }

    public record Source(String title, String url) {
    }

    /**
     * A point the answer states that is not yet confirmed: the field that states it ({@code summary},
     * {@code authority}, {@code where}, {@code documents}, {@code steps}, {@code fees}, {@code processing_time},
     * {@code online}, {@code details}) and a few words of the sentence or line concerned (empty: the whole field).
     */
    public record Caveat(String field, String about) {
        public Caveat {
            field = field == null ? "" : field.strip();
            about = about == null ? "" : about.strip();
        }
    }
}
