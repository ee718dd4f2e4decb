package vn.gialai.dvcbot.app.editor;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every editor page shows in its top bar: who is signed in. */
@ControllerAdvice(assignableTypes = {EntryListController.class, EntryController.class, MissedInboxController.class,
        TryController.class, AuditController.class, TransferController.class, DeskEditorController.class,
        TextEditorController.class})
class EditorPageModel {

    @ModelAttribute
    void user(Authentication auth, Model model) {
        if (auth != null) {
            model.addAttribute("user", EditorNav.of(auth));
        }
    }
}
