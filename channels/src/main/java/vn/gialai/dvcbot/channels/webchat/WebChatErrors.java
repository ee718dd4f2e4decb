package vn.gialai.dvcbot.channels.webchat;

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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every web chat error as JSON, with a message the chat page can show to the citizen as it is. Always JSON,
 * whatever the request's Accept header says: an error answer must not fail on content negotiation (a 500).
 */
@RestControllerAdvice(assignableTypes = WebChatController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebChatErrors {

    private static final Logger log = LoggerFactory.getLogger(WebChatErrors.class);

    @ExceptionHandler(WebChatSessions.UnknownSessionException.class)
    ResponseEntity<WebChatApi.Error> unknownSession() {
        return error(HttpStatus.NOT_FOUND, "unknown_session",
                "Phiên trò chuyện không còn. Bà con tải lại trang để bắt đầu phiên mới nhé.");
    }

    @ExceptionHandler(WebChatController.BadMessageException.class)
    ResponseEntity<WebChatApi.Error> badMessage(WebChatController.BadMessageException e) {
        String message = e.getMessage().contains("longer than")
                ? "Tin nhắn dài quá 2.000 ký tự. Bà con viết ngắn lại hoặc chia thành nhiều tin nhé."
                : "Tin nhắn không hợp lệ. Bà con thử gửi lại nhé.";
        return error(HttpStatus.BAD_REQUEST, "bad_request", message + " (" + e.getMessage() + ")");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<WebChatApi.Error> unreadable(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request",
                "Tin nhắn không đọc được. Bà con thử gửi lại nhé. (Expected a JSON object with \"text\" or \"choice\".)");
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<WebChatApi.Error> storageDown(DataAccessException e) {
        log.warn("Web chat request failed because Redis is unavailable: {}", e.getMostSpecificCause().toString());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Hệ thống đang tạm gián đoạn. Bà con vui lòng thử lại sau ít phút.");
    }

    private static ResponseEntity<WebChatApi.Error> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new WebChatApi.Error(code, message));
    }
}
