package vn.gialai.dvcbot.app.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
final class TicketNotFound extends RuntimeException {

    TicketNotFound(String id) {
        super("No handoff ticket " + id, null, false, false);
    }
}
