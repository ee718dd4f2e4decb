package vn.gialai.dvcbot.app.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gialai.dvcbot.core.text.VietnameseFolding;
import vn.gialai.dvcbot.kb.content.Category;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.editing.EntryDraft;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.MissedInbox;

/** {@code /editor}: every entry, searchable without diacritics, with filters for what needs an editor's eye. */
@Controller
class EntryListController {

    static final int STALE_MONTHS = 6;

    private final EntryEditing editing;
    private final MissedInbox missed;

    EntryListController(EntryEditing editing, MissedInbox missed) {
        this.editing = editing;
        this.missed = missed;
    }

    @GetMapping("/editor")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "false") boolean stale, @RequestParam(defaultValue = "false") boolean unverified,
            @RequestParam(defaultValue = "false") boolean drafts, Model model) {
        List<String> words = List.of(VietnameseFolding.foldWords(q).split(" ")).stream()
                .filter(w -> !w.isEmpty()).toList();
        List<Category> categories = editing.liveContent().categories();
        Map<String, String> titles = categories.stream()
                .collect(Collectors.toMap(Category::id, Category::title, (a, b) -> a));
        LocalDate staleBefore = editing.today().minusMonths(STALE_MONTHS);
        List<Row> rows = editing.drafts().stream().map(d -> row(d, titles, staleBefore))
                .filter(r -> words.stream().allMatch(w -> r.searchText().contains(w)))
                .filter(r -> category.isEmpty() || category.equals(r.category()))
                .filter(r -> !stale || r.staleReview())
                .filter(r -> !unverified || r.unverified() > 0)
                .filter(r -> !drafts || r.draft())
                .sorted(Comparator.comparing(Row::categoryTitle).thenComparing(Row::title))
                .toList();
        model.addAttribute("categories", categories);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", new Filter(q, category, stale, unverified, drafts));
        model.addAttribute("missedCount", missed.groups().size());
        return "editor/list";
    }

    private static Row row(EntryDraft d, Map<String, String> titles, LocalDate staleBefore) {
        Entry e = d.latest().entry();
        String categoryTitle = titles.getOrDefault(String.valueOf(e.category()), String.valueOf(e.category()));
        return new Row(e.id(), String.valueOf(e.title()), String.valueOf(e.category()), categoryTitle,
                d.status().hasDraft(), d.version(), d.status().liveVersion(), e.reviewed(),
                staleReview(e.reviewed(), staleBefore), e.unverified().size(), e.examples().size(),
                VietnameseFolding.foldWords(e.id() + " " + e.title() + " " + String.join(" ", e.aliases()) + " "
                        + String.join(" ", e.keywords())));
    }

    /** Reviewed before the cut-off, never, or on a date nobody can read: due for a review. */
    private static boolean staleReview(String reviewed, LocalDate staleBefore) {
        try {
            return reviewed == null || LocalDate.parse(reviewed).isBefore(staleBefore);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    record Filter(String q, String category, boolean stale, boolean unverified, boolean drafts) {
    }

    record Row(String id, String title, String category, String categoryTitle, boolean draft, int version,
            int liveVersion, String reviewed, boolean staleReview, int unverified, int examples, String searchText) {
    }
}
