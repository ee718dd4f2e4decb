package vn.gialai.dvcbot.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.core.answers.MatchResult.Decision;
import vn.gialai.dvcbot.core.answers.MatchResult.ScoredEntry;
import vn.gialai.dvcbot.core.answers.Topic;
import vn.gialai.dvcbot.core.text.VietnameseFolding;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * A small catalog for engine tests: entries are added by hand and a question matches an entry when it
 * contains one of the entry's trigger phrases (folded). Two entries triggered at once give a clarify; a guess
 * phrase alone gives a confirmation (a clarify with one choice); an out-of-scope phrase an out-of-scope fallback.
 */
public class InMemoryAnswerCatalog implements AnswerCatalog {

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, AnswerEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> triggers = new LinkedHashMap<>();
    private final Map<String, List<String>> guesses = new LinkedHashMap<>();
    private final List<String> outOfScope = new ArrayList<>();
    private volatile BotTexts texts = BotTexts.DEFAULTS;

    /**
     * One topic, two procedures ("khai sinh", "khai tử": both at once give a list of choices) and a greeting:
     * enough for a channel's end-to-end tests.
     */
    public static InMemoryAnswerCatalog forChannelTests() {
        return new InMemoryAnswerCatalog()
                .topic("ho-tich", "Hộ tịch")
                .add(procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
                .add(procedure("death-registration", "ho-tich", "Đăng ký khai tử"), "khai tu")
                .add(smalltalk("greeting", EntryKind.SMALLTALK, "Chào bà con!"), "xin chao")
                .guess("birth-registration", "vua sinh em be");
    }

    public InMemoryAnswerCatalog topic(String id, String title) {
        topics.put(id, new Topic(id, title));
        return this;
    }

    public InMemoryAnswerCatalog add(AnswerEntry entry, String... triggerPhrases) {
        entries.put(entry.id(), entry);
        triggers.put(entry.id(), List.of(triggerPhrases).stream().map(VietnameseFolding::foldWords).toList());
        return this;
    }

    /** Phrases that make the matcher unsure but point at one entry: it asks the citizen to confirm it. */
    public InMemoryAnswerCatalog guess(String entryId, String... phrases) {
        guesses.put(entryId, List.of(phrases).stream().map(VietnameseFolding::foldWords).toList());
        return this;
    }

    /** The bot's words as an editor published them, by key (the rest keep the code's default). */
    public InMemoryAnswerCatalog texts(Map<String, String> wording) {
        this.texts = BotTexts.of(wording);
        return this;
    }

    @Override
    public BotTexts texts() {
        return texts;
    }

    /** Phrases the matcher puts out of scope. */
    public InMemoryAnswerCatalog outOfScope(String... phrases) {
        List.of(phrases).stream().map(VietnameseFolding::foldWords).forEach(outOfScope::add);
        return this;
    }

    /** A typical procedure entry with every section filled. */
    public static AnswerEntry procedure(String id, String topicId, String title) {
        return new AnswerEntry(id, EntryKind.PROCEDURE, topicId, title, "Tóm tắt " + title + ".",
                "UBND xã, phường", "Bộ phận một cửa", List.of("Tờ khai", "Căn cước"),
                List.of("Chuẩn bị hồ sơ", "Nộp hồ sơ", "Nhận kết quả"), "Miễn phí", "Trong ngày",
                new AnswerEntry.OnlineService(AnswerEntry.Availability.FULL, "https://dichvucong.gov.vn",
                        List.of("Đăng nhập bằng VNeID")),
                List.of(), "", List.of(new AnswerEntry.Source("Nguồn", "https://dichvucong.gov.vn")),
                LocalDate.of(2026, 11, 1), List.of(), List.of());
    }

    public static AnswerEntry smalltalk(String id, EntryKind kind, String reply) {
        return new AnswerEntry(id, kind, "", id, "", "", "", List.of(), List.of(), "", "", null, List.of(), reply,
                List.of(), null, List.of(), List.of());
    }

    @Override
    public MatchResult match(String question) {
        String folded = VietnameseFolding.foldWords(question);
        List<ScoredEntry> hits = new ArrayList<>();
        Map<String, Long> phrasesHit = new LinkedHashMap<>();
        triggers.forEach((id, phrases) -> {
            if (!folded.isEmpty() && phrases.stream().anyMatch(folded::contains)) {
                hits.add(new ScoredEntry(id, 0.9));
                phrasesHit.put(id, phrases.stream().filter(folded::contains).count());
            }
        });
        // The entry more of whose phrases the question holds ranks first (stable otherwise).
        hits.sort(java.util.Comparator.comparingLong(h -> -phrasesHit.get(h.id())));
        if (hits.size() == 1) {
            return new MatchResult(Decision.ANSWER, hits, List.of());
        }
        if (hits.size() > 1) {
            return new MatchResult(Decision.CLARIFY, hits, hits.stream().map(ScoredEntry::id).toList());
        }
        for (Map.Entry<String, List<String>> guess : guesses.entrySet()) {
            if (!folded.isEmpty() && guess.getValue().stream().anyMatch(folded::contains)) {
                return new MatchResult(Decision.CLARIFY, List.of(new ScoredEntry(guess.getKey(), 0.4)),
                        List.of(guess.getKey()));
            }
        }
        if (!folded.isEmpty() && outOfScope.stream().anyMatch(folded::contains)) {
            return MatchResult.outOfScope(List.of());
        }
        return MatchResult.fallback(List.of());
    }

    @Override
    public Optional<AnswerEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    @Override
    public List<AnswerEntry> entriesOf(String topicId) {
        return entries.values().stream().filter(e -> e.topicId().equals(topicId)).toList();
    }
}
