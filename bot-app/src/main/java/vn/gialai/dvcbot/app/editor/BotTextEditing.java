package vn.gialai.dvcbot.app.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.store.EntryStatus;
import vn.gialai.dvcbot.kb.store.KnowledgeBaseSync;
import vn.gialai.dvcbot.kb.store.TextRecords.TextVersion;
import vn.gialai.dvcbot.kb.store.TextRecords;
import vn.gialai.dvcbot.kb.validation.BotTextRules;

/**
 * What editors do to the bot's own words, shared by the API and the console: every change is checked with the
 * rules of {@code kb validate}, saved as a new version of that text and audited; publishing applies it on this
 * instance before it returns (the others follow through pub/sub), and the next reply says it.
 */
@Service
class BotTextEditing {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TextRecords records;
    private final KnowledgeBaseSync sync;
    private final KnowledgeBaseCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    BotTextEditing(TextRecords records, KnowledgeBaseSync sync, KnowledgeBaseCatalog catalog, Clock clock,
            HandoffSettings settings) {
        this.records = records;
        this.sync = sync;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** One text as the editor sees it: where it is said, the wording citizens get now, and the newest draft. */
    record TextRow(BotText text, String live, String latest, int liveVersion, int latestVersion, String preview) {

        /** The preview line by line: each phrase of a list of phrases on its own. */
        public List<String> previewLines() {
            return preview.lines().filter(l -> !l.isBlank()).toList();
        }

        public boolean hasDraft() {
            return latestVersion > liveVersion;
        }

        public String state() {
            return latestVersion == 0 ? "Lời mặc định của bot"
                    : liveVersion == 0 ? "Bản nháp, chưa xuất bản"
                    : hasDraft() ? "Đang dùng bản " + liveVersion + ", có bản nháp " + latestVersion
                    : "Đang dùng bản " + liveVersion;
        }
    }

    /** Every text in the order the code lists them. */
    List<TextRow> rows() {
        Map<String, EntryStatus> statuses = records.statuses().stream()
                .collect(Collectors.toMap(EntryStatus::id, Function.identity()));
        return Arrays.stream(BotText.values()).map(t -> row(t, Optional.ofNullable(statuses.get(t.key())))).toList();
    }

    TextRow require(String key) {
        BotText text = text(key);
        return row(text, records.status(key));
    }

    List<TextVersion> versions(String key) {
        text(key);
        return records.versions(key);
    }

    /** Saves a new draft of one text; {@code baseVersion} is the newest version the editor saw (0: none yet). */
    TextVersion save(String key, String wording, int baseVersion, String author, String action) {
        text(key);
        String stripped = wording == null ? "" : wording.strip();
        check(key, stripped);
        return records.save(key, stripped, baseVersion, author, action);
    }

    /** Makes a version (the newest when null) live everywhere; this instance says it on return. */
    TextVersion publish(String key, Integer version, String author) {
        TextRow row = require(key);
        int chosen = version == null ? row.latestVersion() : version;
        TextVersion target = records.version(key, chosen).orElseThrow(() -> EditingRefused.notFound(
                "Văn bản " + key + " không có phiên bản " + chosen + "."));
        check(key, target.wording());
        records.publish(key, chosen, author);
        sync.refresh();
        return target;
    }

    /** A new draft with the wording of an old version; publishing it is a separate step. */
    TextVersion restore(String key, int version, String author) {
        TextVersion old = records.version(key, version).orElseThrow(() -> EditingRefused.notFound(
                "Văn bản " + key + " không có phiên bản " + version + "."));
        return records.save(key, old.wording(), require(key).latestVersion(), author, "restore");
    }

    /** Why this wording cannot be saved under this key; empty when it can. */
    Optional<String> problem(String key, String wording) {
        return BotTextRules.problem(key, wording == null ? "" : wording.strip());
    }

    /**
     * The wording as a citizen would read it, its placeholders filled with examples (the queue position with the
     * live wording of {@code handoff.position}).
     */
    String preview(String wording) {
        BotTexts live = catalog.texts();
        return BotTexts.fill(wording == null ? "" : wording, "title", "Đăng ký khai sinh", "max", 3,
                "topic", "Khai sinh, kết hôn, khai tử (hộ tịch)",
                "date", DATE.format(LocalDate.now(clock.withZone(zone))), "number", 2,
                "position", live.format(BotText.HANDOFF_POSITION, "number", 2),
                "typical", "khoảng 4 phút", "longer", "khoảng 15 phút",
                "hours", "Thứ Hai đến Thứ Sáu 07:30–17:00; Thứ Bảy, Chủ Nhật 08:00–11:30",
                "next", "lúc 07:30 ngày mai", "answer", "Ia Grail", "commune", "Xã Ia Grai", "volunteer", "Lan");
    }

    private TextRow row(BotText text, Optional<EntryStatus> status) {
        String live = catalog.texts().get(text);
        int latestVersion = status.map(EntryStatus::latestVersion).orElse(0);
        String latest = status.flatMap(s -> records.version(text.key(), s.latestVersion()))
                .map(TextVersion::wording).orElse(live);
        return new TextRow(text, live, latest, status.map(EntryStatus::liveVersion).orElse(0), latestVersion,
                preview(live));
    }

    private void check(String key, String wording) {
        BotTextRules.problem(key, wording).ifPresent(reason -> {
            throw EditingRefused.invalid(List.of(new ContentProblem(ContentLoader.TEXTS_FILE, "texts." + key, reason)));
        });
    }

    private static BotText text(String key) {
        return BotText.byKey(key).orElseThrow(() -> EditingRefused.notFound("Không có văn bản " + key + "."));
    }
}
