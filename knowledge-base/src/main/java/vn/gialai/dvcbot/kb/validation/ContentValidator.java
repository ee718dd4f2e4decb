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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * The rules every entry must meet (contracts §2). Reasons are written for editors who are not programmers.
 */
// Over 250 lines on purpose: every rule of kb validate in one list, so the build and the editors apply the same rules.
public final class ContentValidator {

    /** Contracts §2: at least 10 citizen questions for procedure and info entries. */
    public static final int MIN_EXAMPLES = 10;
    static final int MIN_SMALLTALK_EXAMPLES = 5;
    static final Set<String> KINDS = Set.of("procedure", "info", "smalltalk", "handoff");
    static final Set<String> AVAILABILITIES = Set.of("full", "partial", "none");

    /** A field name followed by a colon inside a text: a sign that broken indentation swallowed the next field. */
    private static final Pattern STRAY_KEY = Pattern.compile(
            "(?:^|[\\s.)])(fee_amounts|processing_time|legal_basis|unverified|related|examples|sources|reviewed|"
                    + "- act|- field|amount|about|note|availability|guide):(?:\\s|$)");

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
        FeeAmounts.check(content, problems);
        problems.addAll(BotTextRules.check(content.texts()));
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
                            "câu hỏi \"" + example + "\" bị ghi hai lần"));
                    continue;
                }
                Entry owner = owners.putIfAbsent(key, entry);
                if (owner != null) {
                    problems.add(new ContentProblem(fileOf(content, entry), "examples",
                            "câu hỏi \"" + example + "\" đã là câu hỏi mẫu của " + fileOf(content, owner)
                                    + "; mỗi câu hỏi chỉ thuộc một mục"));
                }
            }
        }
    }

    private static String strayKey(String text) {
        Matcher m = STRAY_KEY.matcher(text);
        return m.find() ? m.group(1) + ":" : "";
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
                problem("kind", "phải là procedure, info, smalltalk hoặc handoff (đang ghi \"" + kind + "\")");
            }
            required("title", entry.title());
            if (kind.equals("procedure") || kind.equals("info")) {
                checkAnswerEntry(kind, categories);
            } else if (kind.equals("smalltalk")) {
                required("reply", entry.reply());
                minExamples(MIN_SMALLTALK_EXAMPLES);
            } else if (kind.equals("handoff")) {
                // Asking for a person queues the citizen: the bot's words then are texts, not this entry's.
                if (entry.reply() != null && !entry.reply().isBlank()) {
                    problem("reply", "không bao giờ hiện cho bà con: lời bot nói khi chuyển tình nguyện viên là văn bản "
                            + "handoff.queued trong _texts.yaml; xóa trường này");
                }
                minExamples(MIN_SMALLTALK_EXAMPLES);
            }
            for (String related : entry.related()) {
                if (!ids.contains(related)) {
                    problem("related", "không có mục nào mang mã \"" + related + "\"");
                }
            }
            checkNfc();
        }

        private void checkIdentity() {
            if (entry.id() == null || entry.id().isBlank()) {
                problem("id", "còn thiếu");
                return;
            }
            if (!entry.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem("id", "chỉ gồm chữ thường không dấu và số, nối bằng \"-\" (đang ghi \"" + entry.id() + "\")");
            }
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (!name.equals(entry.id() + ".yaml")) {
                problem("id", "phải trùng tên tệp: tệp cần đặt tên là " + entry.id() + ".yaml");
            }
        }

        private void checkAnswerEntry(String kind, Set<String> categories) {
            if (entry.category() == null || !categories.contains(entry.category())) {
                problem("category", "phải là một mã chủ đề trong _categories.yaml (đang ghi \"" + entry.category() + "\")");
            }
            required("summary", entry.summary());
            if (entry.sources().isEmpty()) {
                problem("sources", "cần ít nhất một nguồn (tên và địa chỉ web)");
            }
            for (int i = 0; i < entry.sources().size(); i++) {
                Entry.Source source = entry.sources().get(i);
                required("sources[" + i + "].title", source.title());
                url("sources[" + i + "].url", source.url());
            }
            checkReviewed();
            minExamples(MIN_EXAMPLES);
            Readability.check(entry, this::problem);
            UnverifiedPoints.check(entry, this::problem);
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
                problem("online", "còn thiếu (availability: full, partial hoặc none; url; guide)");
            } else {
                checkOnline();
            }
        }

        private void checkOnline() {
            String availability = entry.online().availability();
            if (availability == null || !AVAILABILITIES.contains(availability)) {
                problem("online.availability", "phải là full, partial hoặc none (đang ghi \"" + availability + "\")");
            }
            if (entry.online().url() != null && !entry.online().url().isBlank()) {
                url("online.url", entry.online().url());
            } else if (!"none".equals(availability)) {
                problem("online.url", "còn thiếu: ghi trang web nơi bà con làm trực tuyến");
            }
        }

        private void checkReviewed() {
            if (entry.reviewed() == null || entry.reviewed().isBlank()) {
                problem("reviewed", "còn thiếu: ngày biên tập viên kiểm tra mục lần cuối (YYYY-MM-DD)");
                return;
            }
            try {
                LocalDate reviewed = LocalDate.parse(entry.reviewed().strip());
                if (reviewed.isAfter(today)) {
                    problem("reviewed", "là ngày trong tương lai (" + reviewed + "); ghi ngày đã kiểm tra mục");
                }
            } catch (DateTimeParseException e) {
                problem("reviewed", "phải là ngày dạng YYYY-MM-DD (đang ghi \"" + entry.reviewed() + "\")");
            }
        }

        private void minExamples(int minimum) {
            long distinct = entry.examples().stream().map(ContentValidator::sameQuestion).distinct().count();
            if (distinct < minimum) {
                problem("examples", "cần ít nhất " + minimum + " câu hỏi khác nhau của bà con (mới có " + distinct + ")");
            }
            for (int i = 0; i < entry.examples().size(); i++) {
                if (entry.examples().get(i) == null || entry.examples().get(i).isBlank()) {
                    problem("examples[" + i + "]", "đang để trống");
                }
            }
        }

        private void checkNfc() {
            TextFields.of(entry).forEach((field, text) -> {
                if (text != null && !field.startsWith("examples") && STRAY_KEY.matcher(text).find()) {
                    problem(field, "có chữ giống tên trường YAML (\"" + strayKey(text) + "\"): có thể thụt lề sai "
                            + "khiến trường sau bị dính vào nội dung này");
                }
                if (text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    problem(field, "không ở dạng Unicode dựng sẵn (NFC); gõ lại hoặc lưu tệp dạng NFC "
                            + "(chữ trông giống nhau nhưng bot so khớp kém hơn)");
                }
            });
        }

        private void url(String field, String value) {
            if (value == null || value.isBlank()) {
                problem(field, "còn thiếu");
                return;
            }
            try {
                URI uri = new URI(value.strip());
                boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
                if (!web || uri.getHost() == null || !value.equals(value.strip())) {
                    problem(field, "phải là địa chỉ web đầy đủ, bắt đầu bằng https:// (đang ghi \"" + value + "\")");
                }
            } catch (URISyntaxException e) {
                problem(field, "không phải địa chỉ web hợp lệ: " + e.getReason() + " (đang ghi \"" + value + "\")");
            }
        }

        private void required(String field, String value) {
            if (value == null || value.isBlank()) {
                problem(field, "còn thiếu");
            }
        }

        private void nonEmpty(String field, List<String> values) {
            if (values.isEmpty()) {
                problem(field, "cần ít nhất một dòng");
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    problem(field + "[" + i + "]", "đang để trống");
                }
            }
        }

        void problem(String field, String reason) {
            report.accept(new ContentProblem(file, field, reason));
        }
    }
}
