package vn.gialai.dvcbot.app.editor;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.store.VersionConflict;

/**
 * {@code /editor/texts}: the bot's own words (prompts, apologies, handoff notices, button labels) as rows with how a
 * citizen reads them; one text at a time as a form with a preview, versions, restore and publish, as for entries.
 */
@Controller
class TextEditorController {

    private final BotTextEditing editing;

    TextEditorController(BotTextEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/editor/texts")
    String list(Model model) {
        model.addAttribute("rows", editing.rows());
        return "editor/texts";
    }

    @GetMapping("/editor/texts/{key}")
    String text(@PathVariable String key, Model model, HttpServletResponse response) {
        if (BotText.byKey(key).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "redirect:/editor/texts";
        }
        BotTextEditing.TextRow row = editing.require(key);
        return page(model, row, row.latest(), row.latestVersion(), Optional.empty());
    }

    /** Saves a draft, or only shows how the typed wording reads ({@code action=preview}). */
    @PostMapping("/editor/texts/{key}")
    String save(@PathVariable String key, @RequestParam(defaultValue = "") String wording,
            @RequestParam(defaultValue = "0") int baseVersion, @RequestParam(defaultValue = "save") String action,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (BotText.byKey(key).isEmpty()) {
            return "redirect:/editor/texts";
        }
        BotTextEditing.TextRow row = editing.require(key);
        Optional<String> problem = editing.problem(key, wording);
        if (action.equals("preview") || problem.isPresent()) {
            response.setStatus(problem.isPresent() ? 422 : HttpServletResponse.SC_OK);
            return page(model, row, wording, baseVersion, problem);
        }
        try {
            int saved = editing.save(key, wording, baseVersion, auth.getName(), "save").version();
            flash.addFlashAttribute("done", "Đã lưu bản nháp " + saved
                    + ". Bà con vẫn thấy lời đang dùng cho đến khi bạn xuất bản.");
            return "redirect:/editor/texts/" + key;
        } catch (VersionConflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, row, wording, baseVersion, Optional.of("Người khác vừa lưu bản " + e.latestVersion()
                    + ". Lời bạn gõ vẫn còn đây; mở trang ở thẻ khác để xem rồi sửa lại."));
        }
    }

    @PostMapping("/editor/texts/{key}/publish")
    String publish(@PathVariable String key, Authentication auth, RedirectAttributes flash) {
        try {
            int version = editing.publish(key, null, auth.getName()).version();
            flash.addFlashAttribute("done", "Đã xuất bản bản " + version + ": từ tin nhắn tiếp theo bot nói lời mới.");
        } catch (EditingRefused e) {
            flash.addFlashAttribute("problem", e.getMessage() + " " + String.join(" ",
                    e.problems().stream().map(p -> p.reason()).toList()));
        }
        return "redirect:/editor/texts/" + key;
    }

    @PostMapping("/editor/texts/{key}/versions/{version}/restore")
    String restore(@PathVariable String key, @PathVariable int version, Authentication auth, RedirectAttributes flash) {
        try {
            int saved = editing.restore(key, version, auth.getName()).version();
            flash.addFlashAttribute("done", "Đã khôi phục bản " + version + " thành bản nháp " + saved + ".");
        } catch (EditingRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/editor/texts/" + key;
    }

    private String page(Model model, BotTextEditing.TextRow row, String wording, int baseVersion,
            Optional<String> problem) {
        model.addAttribute("row", row);
        model.addAttribute("wording", wording);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("problems", problem.map(p -> Map.of("texts." + row.text().key(), p)).orElse(Map.of()));
        model.addAttribute("preview", editing.preview(wording));
        model.addAttribute("previewLines", editing.preview(wording).lines().filter(l -> !l.isBlank()).toList());
        model.addAttribute("versions", editing.versions(row.text().key()));
        return "editor/text";
    }
}
