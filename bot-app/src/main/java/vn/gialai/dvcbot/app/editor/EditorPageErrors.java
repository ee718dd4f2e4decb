package vn.gialai.dvcbot.app.editor;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused request to an editor page (an entry or version that does not exist, a bad value) is a page saying so
 * with its 4xx status, not a server error: these are an editor's typos and stale links, nothing to alert about.
 */
@ControllerAdvice(assignableTypes = {EditorConsoleController.class, TransferController.class,
        DeskEditorController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorPageErrors {

    @ExceptionHandler(EditorException.class)
    ModelAndView refused(EditorException e, java.security.Principal who) {
        ModelAndView page = new ModelAndView("editor/problem", e.status());
        page.addObject("problem", e.getMessage());
        if (who instanceof Authentication auth) {
            page.addObject("user", EditorConsoleController.Nav.of(auth));
        }
        return page;
    }
}
