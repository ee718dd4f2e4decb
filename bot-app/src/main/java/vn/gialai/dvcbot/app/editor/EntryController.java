package vn.gialai.dvcbot.app.editor;

import java.security.Principal;
import java.util.Locale;
import java.util.stream.Collectors;
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
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.EntryDraft;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.EntryYaml;
import vn.gialai.dvcbot.kb.editing.LineDiff;
import vn.gialai.dvcbot.kb.editing.MissedInbox;
import vn.gialai.dvcbot.kb.store.EntryVersion;
import vn.gialai.dvcbot.kb.store.VersionConflict;

/**
 * One entry in the editor console: the form with its channel previews, new entries (also from a missed question),
 * publishing, the regression check, versions, diffs and restore; the same operations as the API.
 */
@Controller
@RequestMapping("/editor")
class EntryController {

    private final EntryEditing editing;
    private final MissedInbox missed;
    private final ChannelPreview preview;
    private final RegressionCheck regression;

    EntryController(EntryEditing editing, MissedInbox missed, ChannelPreview preview, RegressionCheck regression) {
        this.editing = editing;
        this.missed = missed;
        this.preview = preview;
        this.regression = regression;
    }

    @ModelAttribute
    void categories(Model model) {
        model.addAttribute("categories", editing.liveContent().categories());
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
        } catch (EditingRefused e) {
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
                this.missed.resolve(missed);
            }
            flash.addFlashAttribute("done", "Đã tạo mục mới (bản nháp). Bấm “Xuất bản” khi đã sẵn sàng.");
            return "redirect:/editor/entries/" + newId;
        } catch (EditingRefused e) {
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
        } catch (EditingRefused e) {
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

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
