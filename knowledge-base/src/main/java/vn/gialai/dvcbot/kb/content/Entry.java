package vn.gialai.dvcbot.kb.content;

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
        String processingTime,
        Online online,
        List<String> details,
        List<String> legalBasis,
        List<Source> sources,
        String reviewed,
        List<String> unverified,
        List<String> related,
        List<String> examples,
        String reply) {

    public Entry {
        aliases = orEmpty(aliases);
        keywords = orEmpty(keywords);
        documents = orEmpty(documents);
        steps = orEmpty(steps);
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
                fees, processingTime, online, details, legalBasis, sources, reviewed, unverified, related,
                newExamples, reply);
    }

    /** How to do the procedure online. */
    public record Online(String availability, String url, List<String> guide) {
        public Online {
            guide = guide == null ? List.of() : List.copyOf(guide);
        }
    }

    /** Where a fact comes from. */
    public record Source(String title, String url) {
    }
}
