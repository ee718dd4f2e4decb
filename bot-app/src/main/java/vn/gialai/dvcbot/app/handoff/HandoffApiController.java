package vn.gialai.dvcbot.app.handoff;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.message.TranscriptMessage;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;

/** Contracts §5: the handoff API for volunteers. */
@RestController
@RequestMapping("/api/handoff/tickets")
class HandoffApiController {

    static final int MAX_REPLY = 4000;

    private final HandoffDesk desk;
    private final TicketViews views;

    HandoffApiController(HandoffDesk desk, TicketViews views) {
        this.desk = desk;
        this.views = views;
    }

    @GetMapping
    List<TicketViews.TicketView> list(@RequestParam(defaultValue = "waiting") String status) {
        return desk.list(status(status)).stream().map(views::view).toList();
    }

    @GetMapping("/{id}")
    TicketWithTranscript get(@PathVariable String id) {
        TicketDetails ticket = desk.find(id).orElseThrow(() -> HandoffApiException.notFound(id));
        return new TicketWithTranscript(views.view(ticket), views.transcript(ticket));
    }

    @PostMapping("/{id}/claim")
    TicketViews.TicketView claim(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
        return outcome(desk.claim(id, user.asVolunteer()), id, HttpStatus.CONFLICT);
    }

    @PostMapping("/{id}/messages")
    ResponseEntity<Sent> reply(@PathVariable String id, @RequestBody(required = false) ReplyRequest request,
            @AuthenticationPrincipal StaffUser user) {
        String text = request == null || request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw HandoffApiException.badRequest("\"text\" must have 1 to " + MAX_REPLY + " characters.");
        }
        TicketViews.TicketView ticket = outcome(desk.reply(id, user.asVolunteer(), text), id, HttpStatus.FORBIDDEN);
        return ResponseEntity.accepted().body(new Sent(ticket.id(), text));
    }

    @PostMapping("/{id}/release")
    TicketViews.TicketView release(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
        return outcome(desk.release(id, user.asVolunteer()), id, HttpStatus.FORBIDDEN);
    }

    @PostMapping("/{id}/close")
    TicketViews.TicketView close(@PathVariable String id, @RequestBody(required = false) CloseRequest request,
            @AuthenticationPrincipal StaffUser user) {
        Resolution resolution = Resolution.volunteerChoice(request == null ? null : request.resolution())
                .orElseThrow(() -> HandoffApiException.badRequest(
                        "\"resolution\" must be answered, referred, no-response or spam."));
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_REPLY) {
            throw HandoffApiException.badRequest("\"note\" is longer than " + MAX_REPLY + " characters.");
        }
        return outcome(desk.close(id, user.asVolunteer(), resolution, note), id, HttpStatus.FORBIDDEN);
    }

    /** @param heldByOther the status when someone else holds the ticket: 409 for a claim, 403 otherwise */
    private TicketViews.TicketView outcome(Transition transition, String id, HttpStatus heldByOther) {
        return switch (transition.result()) {
            case DONE, ALREADY_DONE -> views.view(transition.ticket().orElseThrow());
            case NOT_FOUND -> throw HandoffApiException.notFound(id);
            case HELD_BY_OTHER -> throw new HandoffApiException(heldByOther, "held_by_other",
                    heldByOther == HttpStatus.CONFLICT
                            ? "Tình nguyện viên khác đã nhận yêu cầu này."
                            : "Bạn không giữ yêu cầu này; chỉ người đang giữ mới thao tác được.");
            case WRONG_STATE -> throw new HandoffApiException(HttpStatus.CONFLICT, "wrong_state",
                    "Yêu cầu này đã đóng hoặc không ở trạng thái phù hợp.");
        };
    }

    private static TicketStatus status(String status) {
        try {
            return TicketStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HandoffApiException.badRequest("\"status\" must be waiting, assigned or closed.");
        }
    }

    record ReplyRequest(String text) {
    }

    record CloseRequest(String resolution, String note) {
    }

    record Sent(String ticketId, String text) {
    }

    record TicketWithTranscript(@JsonUnwrapped TicketViews.TicketView ticket, List<TranscriptMessage> transcript) {
    }
}
