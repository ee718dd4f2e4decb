package vn.gialai.dvcbot.app.editor;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.VersionConflict;

/** The editor console: pages for people, on the same operations as the API. */
@Controller
@RequestMapping("/editor")
class EditorConsoleController {

    static final int STALE_MONTHS = 6;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final KnowledgeBaseEditing editing;
    private final ChannelPreview preview;
    private final RegressionCheck regression;
    private final Clock clock;

    EditorConsoleController(KnowledgeBaseEditing editing, ChannelPreview preview, RegressionCheck regression,
            Clock clock) {
        this.editing = editing;
        this.preview = preview;
        this.regression = regression;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Authentication auth, Model model) {
        model.addAttribute("user", Nav.of(auth));
        model.addAttribute("categories", editing.liveContent().categories());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "false") boolean stale, @RequestParam(defaultValue = "false") boolean unverified,
            @RequestParam(defaultValue = "false") boolean drafts, Model model) {
        List<String> words = List.of(vn.gialai.dvcbot.core.text.VietnameseFolding.foldWords(q).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        Map<String, String> titles = categoryTitles();
        List<Row> rows = editing.drafts().stream().map(d -> row(d, titles))
                .filter(r -> words.stream().allMatch(w -> r.searchText().contains(w)))
                .filter(r -> category.isEmpty() || category.equals(r.category()))
                .filter(r -> !stale || r.staleReview())
                .filter(r -> !unverified || r.unverified() > 0)
                .filter(r -> !drafts || r.draft())
                .sorted(Comparator.comparing(Row::categoryTitle).thenComparing(Row::title))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filter", new Filter(q, category, stale, unverified, drafts));
        model.addAttribute("missedCount", editing.missed().size());
        return "editor/list";
    }

    @GetMapping("/entries/{id}")
    String entry(@PathVariable String id, Model model) {
        EntryDraft draft = editing.require(id);
        return showEntry(draft, EntryForm.of(draft.latest().entry()), draft.version(), model);
    }

    @PostMapping("/entries/{id}")
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
            Model model, RedirectAttributes flash) {
        EntryForm typed = EntryForm.read(id, form);
        int base = parseInt(form.getFirst("baseVersion"));
        try {
            EntryVersion saved = editing.save(typed.toEntry(), base, who.getName(), "save");
            flash.addFlashAttribute("done", "Đã lưu phiên bản " + saved.version()
                    + " (bản nháp). Xem trước bên dưới, rồi bấm “Xuất bản” để bà con thấy.");
            return "redirect:/editor/entries/" + id;
        } catch (EditorException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problems", e.problems());
        } catch (VersionConflict e) {
            model.addAttribute("problem", "Mục này vừa được người khác lưu (phiên bản " + e.latestVersion()
                    + "). Nội dung bạn nhập vẫn còn dưới đây; hãy mở bản mới nhất ở tab khác, so sánh rồi lưu lại.");
            base = e.latestVersion();
        }
        int shownBase = base;
        return editing.draft(id).map(d -> showEntry(d, typed, shownBase, model))
                .orElseGet(() -> showNew(typed, model));
    }

    /** A new entry; started from a missed question, that question's group leaves the inbox once it is saved. */
    @GetMapping("/new")
    String newEntry(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String missed,
            Model model) {
        model.addAttribute("missed", missed);
        return showNew(EntryForm.empty(question), model);
    }

    @PostMapping("/entries")
    String create(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String missed,
            @RequestParam MultiValueMap<String, String> form, Principal who, Model model, RedirectAttributes flash) {
        model.addAttribute("missed", missed);
        String newId = id.strip().toLowerCase(Locale.ROOT);
        EntryForm typed = EntryForm.read(newId, form);
        if (editing.draft(newId).isPresent()) {
            model.addAttribute("problem", "Mã " + newId + " đã có mục khác dùng. Hãy chọn mã khác.");
            return showNew(typed, model);
        }
        try {
            editing.save(typed.toEntry(), 0, who.getName(), "save");
            if (!missed.isBlank()) {
                editing.resolveMissed(missed);
            }
            flash.addFlashAttribute("done", "Đã tạo mục mới (bản nháp). Bấm “Xuất bản” khi đã sẵn sàng.");
            return "redirect:/editor/entries/" + newId;
        } catch (EditorException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problems", e.problems());
            return showNew(typed, model);
        }
    }

    @PostMapping("/entries/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(required = false) Integer version, Principal who,
            RedirectAttributes flash) {
        try {
            EntryVersion live = editing.publish(id, version, who.getName());
            flash.addFlashAttribute("done", "Đã xuất bản phiên bản " + live.version()
                    + ". Bà con hỏi từ bây giờ sẽ nhận câu trả lời này.");
        } catch (EditorException e) {
            flash.addFlashAttribute("problem", e.getMessage() + " " + e.problems().stream()
                    .map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        }
        return "redirect:/editor/entries/" + id;
    }

    @GetMapping("/entries/{id}/check")
    String check(@PathVariable String id, Model model) {
        model.addAttribute("report", regression.run(editing.require(id).latest().entry()));
        return "editor/fragments :: check";
    }

    @GetMapping("/entries/{id}/diff")
    String diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model model) {
        EntryVersion a = editing.version(id, from);
        EntryVersion b = editing.version(id, to);
        model.addAttribute("id", id);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("lines", LineDiff.between(EntryYaml.of(a.entry()), EntryYaml.of(b.entry())));
        return "editor/diff";
    }

    @PostMapping("/entries/{id}/versions/{version}/restore")
    String restore(@PathVariable String id, @PathVariable int version, Principal who, RedirectAttributes flash) {
        EntryVersion restored = editing.restore(id, version, who.getName());
        flash.addFlashAttribute("done", "Đã khôi phục nội dung phiên bản " + version + " thành phiên bản mới "
                + restored.version() + " (bản nháp). Bấm “Xuất bản” để dùng lại.");
        return "redirect:/editor/entries/" + id;
    }

    @GetMapping("/missed")
    String missed(Model model) {
        model.addAttribute("groups", editing.missed());
        model.addAttribute("entries", editing.drafts().stream()
                .sorted(Comparator.comparing(d -> d.latest().entry().title())).toList());
        return "editor/missed";
    }

    @PostMapping("/missed/{id}/attach")
    String attach(@PathVariable String id, @RequestParam String entryId, Principal who, RedirectAttributes flash) {
        try {
            EntryVersion saved = editing.attach(id, entryId, who.getName());
            flash.addFlashAttribute("done", "Đã thêm câu hỏi vào mục “" + saved.entry().title()
                    + "” (bản nháp phiên bản " + saved.version() + "). Xuất bản để bot trả lời được câu này.");
            return "redirect:/editor/entries/" + entryId;
        } catch (EditorException e) {
            flash.addFlashAttribute("problem", e.getMessage() + " " + e.problems().stream()
                    .map(p -> p.reason()).collect(Collectors.joining("; ")));
            return "redirect:/editor/missed";
        }
    }

    @PostMapping("/missed/{id}/dismiss")
    String dismiss(@PathVariable String id, Principal who, RedirectAttributes flash) {
        editing.dismiss(id, who.getName());
        flash.addFlashAttribute("done", "Đã bỏ qua nhóm câu hỏi này.");
        return "redirect:/editor/missed";
    }

    @GetMapping("/try")
    String tryPage(@RequestParam(defaultValue = "") String text, Model model) {
        if (!text.isBlank()) {
            addMatch(text, model);
        }
        model.addAttribute("text", text);
        return "editor/try";
    }

    @PostMapping("/try")
    String tryQuestion(@RequestParam(defaultValue = "") String text, Model model) {
        addMatch(text, model);
        return "editor/fragments :: match";
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("records", editing.audit(200));
        return "editor/audit";
    }

    private void addMatch(String text, Model model) {
        MatchResult result = editing.match(text);
        Map<String, String> titles = editing.liveContent().entries().stream()
                .collect(Collectors.toMap(Entry::id, Entry::title, (a, b) -> a));
        model.addAttribute("question", text);
        model.addAttribute("result", result);
        model.addAttribute("titles", titles);
        model.addAttribute("decisionLabel", switch (result.decision()) {
            case ANSWER -> "Trả lời ngay bằng mục đứng đầu";
            case CLARIFY -> "Hỏi lại bà con, đưa ra các lựa chọn";
            case FALLBACK -> "Chưa trả lời được (xin lỗi, mời gặp tình nguyện viên)";
        });
    }

    private String showEntry(EntryDraft draft, EntryForm form, int baseVersion, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("isNew", false);
        model.addAttribute("preview", preview.of(draft.latest().entry()));
        model.addAttribute("pickByNumber", preview.pickByNumber());
        model.addAttribute("versions", editing.versions(draft.id()));
        return "editor/entry";
    }

    private String showNew(EntryForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("baseVersion", 0);
        model.addAttribute("isNew", true);
        return "editor/entry";
    }

    private Row row(EntryDraft d, Map<String, String> titles) {
        Entry e = d.latest().entry();
        String categoryTitle = titles.getOrDefault(String.valueOf(e.category()), String.valueOf(e.category()));
        return new Row(e.id(), String.valueOf(e.title()), String.valueOf(e.category()), categoryTitle,
                d.status().hasDraft(), d.version(), d.status().liveVersion(), e.reviewed(), staleReview(e.reviewed()),
                e.unverified().size(), e.examples().size(),
                vn.gialai.dvcbot.core.text.VietnameseFolding.foldWords(e.id() + " " + e.title() + " "
                        + String.join(" ", e.aliases()) + " " + String.join(" ", e.keywords())));
    }

    private boolean staleReview(String reviewed) {
        try {
            return reviewed == null || LocalDate.parse(reviewed)
                    .isBefore(LocalDate.now(clock.withZone(VIETNAM)).minusMonths(STALE_MONTHS));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private Map<String, String> categoryTitles() {
        return editing.liveContent().categories().stream()
                .collect(Collectors.toMap(Category::id, Category::title, (a, b) -> a));
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Who is signed in, for the editor pages' top bar. */
    record Nav(String displayName, boolean admin, boolean volunteer) {

        static Nav of(Authentication auth) {
            String name = auth.getPrincipal() instanceof StaffUser staff ? staff.displayName() : auth.getName();
            return new Nav(name, has(auth, "ROLE_ADMIN"), has(auth, "ROLE_VOLUNTEER"));
        }

        private static boolean has(Authentication auth, String role) {
            return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
        }
    }

    record Filter(String q, String category, boolean stale, boolean unverified, boolean drafts) {
    }

    record Row(String id, String title, String category, String categoryTitle, boolean draft, int version,
            int liveVersion, String reviewed, boolean staleReview, int unverified, int examples, String searchText) {
    }
}
