package vn.gialai.dvcbot.app.editor;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.store.VersionConflict;

/**
 * Every editing API error as JSON {@code {"error", "message"}}, with the reasons for 422 and the newest version for
 * 409; JSON whatever the Accept header says (an error must not fail on content negotiation).
 */
@RestControllerAdvice(assignableTypes = {EditorApiController.class, TextsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorApiErrors {

    private static final Logger log = LoggerFactory.getLogger(EditorApiErrors.class);

    @ExceptionHandler(EditingRefused.class)
    ResponseEntity<Error> refused(EditingRefused e) {
        return ResponseEntity.status(EditorPageErrors.status(e)).contentType(MediaType.APPLICATION_JSON).body(new Error(e.code(), e.getMessage(), null,
                e.problems().isEmpty() ? null : e.problems()));
    }

    @ExceptionHandler(VersionConflict.class)
    ResponseEntity<Error> conflict(VersionConflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(new Error("conflict",
                "Mục này vừa được người khác lưu (phiên bản " + e.latestVersion()
                        + "). Hãy mở lại bản mới nhất rồi sửa tiếp.", e.latestVersion(), null));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Error> unreadable() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new Error("bad_request", "Cần gửi một đối tượng JSON.", null, null));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Error> storageDown(DataAccessException e) {
        log.warn("Editing API request failed because Redis is unavailable: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON).body(new Error("unavailable",
                "Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút.", null, null));
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Error(String error, String message, Integer latestVersion, List<ContentProblem> problems) {
    }
}
