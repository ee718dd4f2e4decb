package vn.gialai.dvcbot.app.editor;

import java.security.Principal;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.MissedInbox;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/** {@code /editor/missed}: the questions the bot missed, grouped; each group becomes examples or is dismissed. */
@Controller
class MissedInboxController {

    private final MissedInbox inbox;
    private final EntryEditing editing;

    MissedInboxController(MissedInbox inbox, EntryEditing editing) {
        this.inbox = inbox;
        this.editing = editing;
    }

    @GetMapping("/editor/missed")
    String missed(Model model) {
        model.addAttribute("groups", inbox.groups());
        model.addAttribute("entries", editing.drafts().stream()
                .sorted(Comparator.comparing(d -> d.latest().entry().title())).toList());
        return "editor/missed";
    }

    @PostMapping("/editor/missed/{id}/attach")
    String attach(@PathVariable String id, @RequestParam String entryId, Principal who, RedirectAttributes flash) {
        try {
            EntryVersion saved = inbox.attach(id, entryId, who.getName());
            flash.addFlashAttribute("done", "Đã thêm câu hỏi vào mục “" + saved.entry().title()
                    + "” (bản nháp phiên bản " + saved.version() + "). Xuất bản để bot trả lời được câu này.");
            return "redirect:/editor/entries/" + entryId;
        } catch (EditingRefused e) {
            flash.addFlashAttribute("problem", e.getMessage() + " " + e.problems().stream()
                    .map(p -> p.reason()).collect(Collectors.joining("; ")));
            return "redirect:/editor/missed";
        }
    }

    @PostMapping("/editor/missed/{id}/dismiss")
    String dismiss(@PathVariable String id, Principal who, RedirectAttributes flash) {
        inbox.dismiss(id, who.getName());
        flash.addFlashAttribute("done", "Đã bỏ qua nhóm câu hỏi này.");
        return "redirect:/editor/missed";
    }
}
