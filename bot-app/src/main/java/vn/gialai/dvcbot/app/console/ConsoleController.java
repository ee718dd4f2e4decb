package vn.gialai.dvcbot.app.console;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.app.handoff.TicketViews;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;
import vn.gialai.dvcbot.core.handoff.Resolution;
import vn.gialai.dvcbot.core.handoff.TicketDetails;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.core.handoff.Transition;

/** The volunteer console: pages and the fragments htmx swaps in. */
@Controller
@RequestMapping("/console")
class ConsoleController {

    private static final int MAX_TEXT = 4000;

    private final HandoffDesk desk;
    private final TicketViews views;
    private final ConsoleEvents events;
    private final ReadyAnswers answers;
    private final Communes communes;
    private final ZoneId zone;

    ConsoleController(HandoffDesk desk, TicketViews views, ConsoleEvents events, ReadyAnswers answers,
            Communes communes, HandoffSettings settings) {
        this.zone = settings.zone();
        this.desk = desk;
        this.views = views;
        this.events = events;
        this.answers = answers;
        this.communes = communes;
    }

    @ModelAttribute("user")
    StaffView user(@AuthenticationPrincipal StaffUser user) {
        return user == null ? null : new StaffView(user.getUsername(), user.displayName(), user.asVolunteer().admin(),
                user.team(), communes.byCode(user.team()).map(c -> c.name()).orElse(null));
    }

    /** Times on the pages are Gia Lai's, whatever the server's zone. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }

    @GetMapping
    String index() {
        return "console/index";
    }

    @GetMapping("/queue")
    String queue(@AuthenticationPrincipal StaffUser user, Model model) {
        Instant now = desk.now();
        List<Row> waiting = new ArrayList<>(desk.list(TicketStatus.WAITING).stream().map(t -> row(t, user, now)).toList());
        waiting.sort(Comparator.comparing((Row r) -> !r.team()).thenComparing(r -> r.ticket().createdAt()));
        List<Row> assigned = desk.list(TicketStatus.ASSIGNED).stream().map(t -> row(t, user, now)).toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("mine", assigned.stream().filter(Row::mine).toList());
        model.addAttribute("others", assigned.stream().filter(r -> !r.mine()).toList());
        return "console/fragments :: queue";
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal StaffUser user) {
        return events.open(user);
    }

    @PostMapping("/tickets/{id}/claim")
    String claim(@PathVariable String id, @AuthenticationPrincipal StaffUser user, RedirectAttributes flash) {
        Transition claim = desk.claim(id, user.asVolunteer());
        if (claim.succeeded()) {
            return "redirect:/console/tickets/" + id;
        }
        flash.addFlashAttribute("problem", switch (claim.result()) {
            case HELD_BY_OTHER -> "Tình nguyện viên khác vừa nhận yêu cầu #" + id + ". Bạn chọn yêu cầu khác nhé.";
            case WRONG_STATE -> "Yêu cầu #" + id + " đã kết thúc.";
            default -> "Không tìm thấy yêu cầu #" + id + ".";
        });
        return "redirect:/console";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable String id, @AuthenticationPrincipal StaffUser user, Model model) {
        TicketDetails ticket = desk.find(id).orElseThrow(() -> new TicketNotFound(id));
        model.addAttribute("ticket", views.view(ticket));
        model.addAttribute("mine", ticket.heldBy(user.getUsername()));
        model.addAttribute("topics", answers.topics());
        model.addAttribute("suggested", answers.suggestedFor(ticket.ticket().firstQuestion()));
        model.addAttribute("resolutions", List.of(Resolution.ANSWERED, Resolution.REFERRED, Resolution.NO_RESPONSE,
                Resolution.SPAM));
        transcriptModel(ticket, user, model);
        return "console/ticket";
    }

    @GetMapping("/tickets/{id}/transcript")
    String transcript(@PathVariable String id, @AuthenticationPrincipal StaffUser user, Model model) {
        transcriptModel(desk.find(id).orElseThrow(() -> new TicketNotFound(id)), user, model);
        return "console/fragments :: conversation";
    }

    /**
     * A reply that would not be free (Zalo) is sent only once the volunteer chose: {@code whenNotFree=hold} keeps
     * it until the citizen writes again, {@code send} sends it now (billed, or refused by Zalo).
     */
    @PostMapping("/tickets/{id}/reply")
    Object reply(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String whenNotFree, @AuthenticationPrincipal StaffUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes flash) {
        String problem = text.isBlank() ? "Bạn chưa nhập nội dung trả lời."
                : text.length() > MAX_TEXT ? "Tin nhắn dài quá " + MAX_TEXT + " ký tự." : null;
        if (problem == null) {
            problem = notFree(id, whenNotFree);
        }
        if (problem == null) {
            Transition sent = desk.reply(id, user.asVolunteer(), text);
            problem = sent.succeeded() ? null : "Bạn không còn giữ yêu cầu này (đã trả về hàng chờ hoặc đã kết thúc), "
                    + "nên tin nhắn chưa được gửi. Tải lại trang để xem tình trạng mới.";
        }
        return respond(id, user, htmx, model, flash, problem, "console/fragments :: conversation");
    }

    /** What stops a reply that would not be free, or null; records the choice to send it anyway. */
    private String notFree(String id, String whenNotFree) {
        TicketDetails ticket = desk.find(id).orElseThrow(() -> new TicketNotFound(id));
        Optional<String> notFree = views.notFree(ticket);
        if (notFree.isEmpty() || whenNotFree.equals("hold")) {
            return null;
        }
        if (whenNotFree.equals("send")) {
            views.allowPaidReply(ticket);
            return null;
        }
        return "Tin này chưa được gửi vì sẽ không được miễn phí. " + notFree.get()
                + " Hãy chọn “Giữ lại, tự gửi khi người dân nhắn” hoặc “Gửi ngay” rồi bấm Gửi (tải lại trang nếu "
                + "chưa thấy hai lựa chọn này).";
    }

    @PostMapping("/tickets/{id}/notes")
    Object note(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal StaffUser user, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes flash) {
        String problem = text.isBlank() || text.length() > MAX_TEXT ? "Ghi chú cần từ 1 đến " + MAX_TEXT + " ký tự." : null;
        if (problem == null && !desk.note(id, user.asVolunteer(), text).succeeded()) {
            problem = "Không tìm thấy yêu cầu #" + id + ".";
        }
        return respond(id, user, htmx, model, flash, problem, "console/fragments :: notes");
    }

    @GetMapping("/tickets/{id}/notes")
    String notes(@PathVariable String id, @AuthenticationPrincipal StaffUser user, Model model) {
        transcriptModel(desk.find(id).orElseThrow(() -> new TicketNotFound(id)), user, model);
        return "console/fragments :: notes";
    }

    /** The volunteer is typing: their claim stays theirs. */
    @PostMapping("/tickets/{id}/touch")
    ResponseEntity<Void> touch(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
        return desk.touch(id, user.asVolunteer()).succeeded() ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }

    @PostMapping("/tickets/{id}/release")
    String release(@PathVariable String id, @AuthenticationPrincipal StaffUser user, RedirectAttributes flash) {
        Transition release = desk.release(id, user.asVolunteer());
        flash.addFlashAttribute(release.succeeded() ? "done" : "problem", release.succeeded()
                ? "Đã trả yêu cầu #" + id + " về hàng chờ."
                : "Không trả được yêu cầu #" + id + ": bạn không giữ yêu cầu này.");
        return "redirect:/console";
    }

    @PostMapping("/tickets/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String resolution,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal StaffUser user,
            RedirectAttributes flash) {
        Resolution chosen = Resolution.volunteerChoice(resolution).orElse(null);
        if (chosen == null || note.length() > MAX_TEXT) {
            flash.addFlashAttribute("problem", "Bạn chọn kết quả hỗ trợ trước khi kết thúc nhé.");
            return "redirect:/console/tickets/" + id;
        }
        Transition close = desk.close(id, user.asVolunteer(), chosen, note);
        flash.addFlashAttribute(close.succeeded() ? "done" : "problem", close.succeeded()
                ? "Đã kết thúc yêu cầu #" + id + ". Trợ lý tự động tiếp tục trả lời công dân."
                : "Không kết thúc được yêu cầu #" + id + ": bạn không giữ yêu cầu này.");
        return close.succeeded() ? "redirect:/console" : "redirect:/console/tickets/" + id;
    }

    private Object respond(String id, StaffUser user, String htmx, Model model, RedirectAttributes flash,
            String problem, String fragment) {
        if (htmx == null) {
            if (problem != null) {
                flash.addFlashAttribute("problem", problem);
            }
            return "redirect:/console/tickets/" + id;
        }
        if (problem != null) {
            // The charset is named: the Vietnamese text is UTF-8, and text/plain alone means ISO-8859-1 to HTTP clients.
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(problem);
        }
        transcriptModel(desk.find(id).orElseThrow(() -> new TicketNotFound(id)), user, model);
        return fragment;
    }

    private void transcriptModel(TicketDetails ticket, StaffUser user, Model model) {
        model.addAttribute("ticket", views.view(ticket));
        model.addAttribute("mine", ticket.heldBy(user.getUsername()));
        model.addAttribute("messages", views.transcript(ticket));
        model.addAttribute("notes", desk.notes(ticket.id()));
    }

    private Row row(TicketDetails details, StaffUser user, Instant now) {
        TicketViews.TicketView view = views.view(details);
        boolean team = user.team() != null && user.team().equals(view.communeCode());
        return new Row(view, details.heldBy(user.getUsername()), team, Waits.describe(details.waited(now)),
                details.waited(now).compareTo(Duration.ofMinutes(10)) >= 0);
    }

    /** One ticket in the queue list. */
    record Row(TicketViews.TicketView ticket, boolean mine, boolean team, String waited, boolean overdue) {
    }
}
