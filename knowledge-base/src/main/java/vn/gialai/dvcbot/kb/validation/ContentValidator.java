package vn.gialai.dvcbot.kb.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * The rules every entry must meet (contracts §2). Reasons are written for editors who are not programmers.
 */
public final class ContentValidator {

    /** Contracts §2: at least 10 citizen questions for procedure and info entries. */
    public static final int MIN_EXAMPLES = 10;
    static final int MIN_SMALLTALK_EXAMPLES = 5;
    static final Set<String> KINDS = Set.of("procedure", "info", "smalltalk", "handoff");
    static final Set<String> AVAILABILITIES = Set.of("full", "partial", "none");

    private final LocalDate today;

    public ContentValidator(LocalDate today) {
        this.today = today;
    }

    public List<ContentProblem> validate(KnowledgeBaseContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> ids = content.entries().stream().map(Entry::id).filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<String> categories = content.categories().stream().map(Category::id).collect(Collectors.toSet());
        for (Entry entry : content.entries()) {
            String file = fileOf(content, entry);
            new EntryCheck(entry, file, problems::add).run(ids, categories);
        }
        checkSharedExamples(content, problems);
        return problems;
    }

    private void checkSharedExamples(KnowledgeBaseContent content, List<ContentProblem> problems) {
        Map<String, Entry> owners = new HashMap<>();
        for (Entry entry : content.entries()) {
            Set<String> inThisEntry = new java.util.HashSet<>();
            for (String example : entry.examples()) {
                String key = sameQuestion(example == null ? "" : example);
                if (!inThisEntry.add(key)) {
                    problems.add(new ContentProblem(fileOf(content, entry), "examples",
                            "the question \"" + example + "\" is listed twice"));
                    continue;
                }
                Entry owner = owners.putIfAbsent(key, entry);
                if (owner != null) {
                    problems.add(new ContentProblem(fileOf(content, entry), "examples",
                            "the question \"" + example + "\" is also an example in " + fileOf(content, owner)
                                    + "; a question may belong to one entry only"));
                }
            }
        }
    }

    /** Two questions are the same when they differ only in case, Unicode form or spacing. */
    static String sameQuestion(String question) {
        return Normalizer.normalize(question, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }

    private static String fileOf(KnowledgeBaseContent content, Entry entry) {
        String id = entry.id() == null ? "(no id)" : entry.id();
        return content.files().getOrDefault(id, id + ".yaml");
    }

    /** The checks of one entry; reports through {@code report}. */
    private final class EntryCheck {
        private final Entry entry;
        private final String file;
        private final Consumer<ContentProblem> report;

        EntryCheck(Entry entry, String file, Consumer<ContentProblem> report) {
            this.entry = entry;
            this.file = file;
            this.report = report;
        }

        void run(Set<String> ids, Set<String> categories) {
            checkIdentity();
            String kind = entry.kind() == null ? "" : entry.kind();
            if (!KINDS.contains(kind)) {
                problem("kind", "must be one of procedure, info, smalltalk, handoff (found \"" + kind + "\")");
            }
            required("title", entry.title());
            if (kind.equals("procedure") || kind.equals("info")) {
                checkAnswerEntry(kind, categories);
            } else if (kind.equals("smalltalk") || kind.equals("handoff")) {
                required("reply", entry.reply());
                minExamples(MIN_SMALLTALK_EXAMPLES);
            }
            for (String related : entry.related()) {
                if (!ids.contains(related)) {
                    problem("related", "no entry has the id \"" + related + "\"");
                }
            }
            checkNfc();
        }

        private void checkIdentity() {
            if (entry.id() == null || entry.id().isBlank()) {
                problem("id", "is missing");
                return;
            }
            if (!entry.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem("id", "must be lower-case letters and digits joined by \"-\" (found \"" + entry.id() + "\")");
            }
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (!name.equals(entry.id() + ".yaml")) {
                problem("id", "must equal the file name: the file should be named " + entry.id() + ".yaml");
            }
        }

        private void checkAnswerEntry(String kind, Set<String> categories) {
            if (entry.category() == null || !categories.contains(entry.category())) {
                problem("category", "must be one of the ids in _categories.yaml (found \"" + entry.category() + "\")");
            }
            required("summary", entry.summary());
            if (entry.sources().isEmpty()) {
                problem("sources", "cite at least one source (title and url)");
            }
            for (int i = 0; i < entry.sources().size(); i++) {
                Entry.Source source = entry.sources().get(i);
                required("sources[" + i + "].title", source.title());
                url("sources[" + i + "].url", source.url());
            }
            checkReviewed();
            minExamples(MIN_EXAMPLES);
            if (kind.equals("procedure")) {
                checkProcedure();
            } else if (entry.online() != null) {
                checkOnline();
            }
        }

        private void checkProcedure() {
            required("authority", entry.authority());
            nonEmpty("documents", entry.documents());
            nonEmpty("steps", entry.steps());
            required("fees", entry.fees());
            required("processing_time", entry.processingTime());
            nonEmpty("legal_basis", entry.legalBasis());
            if (entry.online() == null) {
                problem("online", "is missing (availability full, partial or none; url; guide)");
            } else {
                checkOnline();
            }
        }

        private void checkOnline() {
            String availability = entry.online().availability();
            if (availability == null || !AVAILABILITIES.contains(availability)) {
                problem("online.availability", "must be full, partial or none (found \"" + availability + "\")");
            }
            if (entry.online().url() != null && !entry.online().url().isBlank()) {
                url("online.url", entry.online().url());
            } else if (!"none".equals(availability)) {
                problem("online.url", "is missing: give the page where citizens do it online");
            }
        }

        private void checkReviewed() {
            if (entry.reviewed() == null || entry.reviewed().isBlank()) {
                problem("reviewed", "is missing: the date an editor last checked the entry (YYYY-MM-DD)");
                return;
            }
            try {
                LocalDate reviewed = LocalDate.parse(entry.reviewed().strip());
                if (reviewed.isAfter(today)) {
                    problem("reviewed", "is in the future (" + reviewed + "); use the date the entry was checked");
                }
            } catch (DateTimeParseException e) {
                problem("reviewed", "must be a date written YYYY-MM-DD (found \"" + entry.reviewed() + "\")");
            }
        }

        private void minExamples(int minimum) {
            long distinct = entry.examples().stream().map(ContentValidator::sameQuestion).distinct().count();
            if (distinct < minimum) {
                problem("examples", "needs at least " + minimum + " different citizen questions (found " + distinct + ")");
            }
            for (int i = 0; i < entry.examples().size(); i++) {
                if (entry.examples().get(i) == null || entry.examples().get(i).isBlank()) {
                    problem("examples[" + i + "]", "is empty");
                }
            }
        }

        private void checkNfc() {
            TextFields.of(entry).forEach((field, text) -> {
                if (text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    problem(field, "is not in Unicode NFC (composed) form; retype it or save the file as NFC "
                            + "(the text looks the same but matches worse)");
                }
            });
        }

        private void url(String field, String value) {
            if (value == null || value.isBlank()) {
                problem(field, "is missing");
                return;
            }
            try {
                URI uri = new URI(value.strip());
                boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
                if (!web || uri.getHost() == null || !value.equals(value.strip())) {
                    problem(field, "must be a full web address starting with https:// (found \"" + value + "\")");
                }
            } catch (URISyntaxException e) {
                problem(field, "is not a well-formed web address: " + e.getReason() + " (found \"" + value + "\")");
            }
        }

        private void required(String field, String value) {
            if (value == null || value.isBlank()) {
                problem(field, "is missing");
            }
        }

        private void nonEmpty(String field, List<String> values) {
            if (values.isEmpty()) {
                problem(field, "needs at least one item");
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    problem(field + "[" + i + "]", "is empty");
                }
            }
        }

        private void problem(String field, String reason) {
            report.accept(new ContentProblem(file, field, reason));
        }
    }
}
