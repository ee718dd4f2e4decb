package vn.gialai.dvcbot.app.editor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.gialai.dvcbot.kb.editing.EditingRefused;

/**
 * A refused request to an editor page (an entry or version that does not exist, a bad value) is a page saying so
 * with its 4xx status, not a server error: these are an editor's typos and stale links, nothing to alert about.
 */
@ControllerAdvice(assignableTypes = {EntryListController.class, EntryController.class, MissedInboxController.class,
        TryController.class, AuditController.class, TransferController.class, DeskEditorController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorPageErrors {

    @ExceptionHandler(EditingRefused.class)
    ModelAndView refused(EditingRefused e, java.security.Principal who) {
        ModelAndView page = new ModelAndView("editor/problem", status(e));
        page.addObject("problem", e.getMessage());
        if (who instanceof Authentication auth) {
            page.addObject("user", EditorNav.of(auth));
        }
        return page;
    }

    /** The HTTP status of a refusal, for pages and the API alike. */
    static HttpStatus status(EditingRefused e) {
        return switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
