package vn.gialai.dvcbot.app.handoff;

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

/** Every handoff API error as JSON, whatever the Accept header says (an error must not fail on negotiation). */
@RestControllerAdvice(assignableTypes = HandoffApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HandoffApiErrors {

    private static final Logger log = LoggerFactory.getLogger(HandoffApiErrors.class);

    @ExceptionHandler(HandoffApiException.class)
    ResponseEntity<Error> refused(HandoffApiException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(new Error(e.code(), e.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Error> unreadable() {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new Error("bad_request", "Expected a JSON object."));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Error> storageDown(DataAccessException e) {
        log.warn("Handoff API request failed because Redis is unavailable: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_JSON).body(new Error("unavailable", "Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút."));
    }

    record Error(String error, String message) {
    }
}
