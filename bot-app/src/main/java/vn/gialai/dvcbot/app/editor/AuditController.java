package vn.gialai.dvcbot.app.editor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gialai.dvcbot.kb.editing.EntryEditing;

/** {@code /editor/audit}: who saved, published, restored or dismissed what, newest first. */
@Controller
class AuditController {

    static final int SHOWN = 200;

    private final EntryEditing editing;

    AuditController(EntryEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/editor/audit")
    String audit(Model model) {
        model.addAttribute("records", editing.audit(SHOWN));
        return "editor/audit";
    }
}
