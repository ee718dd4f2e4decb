package vn.gialai.dvcbot.kb.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * One knowledge-base entry exactly as written in its YAML file (field names in snake_case there). Values are
 * kept as written, so the validator can report a bad {@code kind} or date instead of failing to load;
 * absent lists are empty and absent texts null.
 */
public record Entry(
        String id,
        String kind,
        String category,
        String title,
        List<String> aliases,
        List<String> keywords,
        String summary,
        String authority,
        String where,
        List<String> documents,
        List<String> steps,
        String fees,
        List<FeeAmount> feeAmounts,
        String processingTime,
        Online online,
        List<String> details,
        List<String> legalBasis,
        List<Source> sources,
        String reviewed,
        List<Unverified> unverified,
        List<String> related,
        List<String> examples,
        String reply) {

    public Entry {
        aliases = orEmpty(aliases);
        keywords = orEmpty(keywords);
        documents = orEmpty(documents);
        steps = orEmpty(steps);
        feeAmounts = orEmpty(feeAmounts);
        details = orEmpty(details);
        legalBasis = orEmpty(legalBasis);
        sources = orEmpty(sources);
        unverified = orEmpty(unverified);
        related = orEmpty(related);
        examples = orEmpty(examples);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A copy with other examples (the editor adds missed questions this way). */
    public Entry withExamples(List<String> newExamples) {
        return new Entry(id, kind, category, title, aliases, keywords, summary, authority, where, documents, steps,
                fees, feeAmounts, processingTime, online, details, legalBasis, sources, reviewed, unverified, related,
                newExamples, reply);
    }

    /** How to do the procedure online. */
    public record Online(String availability, String url, List<String> guide) {
        public Online {
            guide = guide == null ? List.of() : List.copyOf(guide);
        }
    }

    /**
     * One amount the {@code fees} text states, keyed by the act it is paid for (for example
     * {@code can-cuoc-cap-lai}), so that two entries cannot quote different amounts for the same act.
     * {@code amount} is in đồng; 0 means free.
     */
    public record FeeAmount(String act, Long amount) {
    }

    /**
     * A point not yet confirmed by a source. {@code field} names the content field that states it
     * ({@code summary}, {@code authority}, {@code where}, {@code documents}, {@code steps}, {@code fees},
     * {@code processing_time}, {@code online}, {@code details}); {@code about} is a few words of the sentence or
     * line concerned, so the citizen sees the warning on that line only. Without {@code field} the point is an
     * open question for editors that the answer does not state, and citizens see no warning.
     */
    public record Unverified(String field, String about, String note) {

        /** A plain line in YAML: an editors' note that the answer does not state. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Unverified note(String note) {
            return new Unverified(null, null, note);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Unverified {
        }

        public boolean shown() {
            return field != null && !field.isBlank();
        }
    }

    /** Where a fact comes from. */
    public record Source(String title, String url) {
    }
}
