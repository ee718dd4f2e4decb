package vn.gialai.dvcbot.app.editor;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.core.handoff.Commune;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;
import vn.gialai.dvcbot.kb.communes.Desk;
import vn.gialai.dvcbot.kb.communes.DeskRecords;
import vn.gialai.dvcbot.kb.communes.DeskRules;

/**
 * {@code /editor/desks}: the one-stop desk of each of the 135 communes as a form, with versions, restore and
 * publish, as for entries. A commune without a published desk makes the bot say it has no verified address.
 */
@Controller
class DeskEditorController {

    private final DeskRecords records;
    private final CommuneDirectory directory;
    private final Clock clock;

    DeskEditorController(DeskRecords records, CommuneDirectory directory, Clock clock) {
        this.records = records;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/editor/desks")
    String list(Model model) {
        Map<String, DeskRecords.DeskStatus> statuses = records.statuses().stream()
                .collect(Collectors.toMap(DeskRecords.DeskStatus::code, Function.identity()));
        model.addAttribute("rows", directory.communes().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .map(c -> new Row(c.code(), c.name(), state(Optional.ofNullable(statuses.get(c.code())))))
                .toList());
        return "editor/desks";
    }

    /** A commune in the list, with where its desk stands. */
    record Row(String code, String name, String state) {
    }

    private static String state(Optional<DeskRecords.DeskStatus> status) {
        return status.map(s -> s.liveVersion() == 0 ? "Bản nháp, chưa xuất bản"
                : s.hasDraft() ? "Đang dùng bản " + s.liveVersion() + ", có bản nháp " + s.latestVersion()
                : "Đang dùng bản " + s.liveVersion()).orElse("Chưa có địa chỉ");
    }

    @GetMapping("/editor/desks/{code}")
    String desk(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<Commune> commune = directory.commune(code);
        if (commune.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "redirect:/editor/desks";
        }
        Optional<DeskRecords.DeskStatus> status = records.status(code);
        DeskForm form = status.flatMap(s -> records.version(code, s.latestVersion())).map(v -> DeskForm.of(v.desk()))
                .orElseGet(() -> DeskForm.empty(LocalDate.now(clock).toString()));
        return page(model, commune.get(), form, status.map(DeskRecords.DeskStatus::latestVersion).orElse(0),
                Map.of());
    }

    @PostMapping("/editor/desks/{code}")
    String save(@PathVariable String code, @ModelAttribute DeskForm form, @RequestParam(defaultValue = "0") int baseVersion,
            Authentication auth, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Optional<Commune> commune = directory.commune(code);
        if (commune.isEmpty()) {
            return "redirect:/editor/desks";
        }
        Desk desk = form.toDesk(code);
        Map<String, String> problems = DeskRules.problems(desk);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(model, commune.get(), form, baseVersion, problems);
        }
        try {
            DeskRecords.DeskVersion saved = records.save(desk, baseVersion, auth.getName(), "save");
            flash.addFlashAttribute("done", "Đã lưu bản nháp " + saved.version()
                    + ". Bà con vẫn thấy bản đang dùng cho đến khi bạn xuất bản.");
            return "redirect:/editor/desks/" + code;
        } catch (DeskRecords.Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, commune.get(), form, baseVersion, Map.of("(bản ghi)", "Người khác vừa lưu bản "
                    + e.latestVersion() + ". Nội dung bạn gõ vẫn còn đây; mở trang ở thẻ khác để xem rồi sửa lại."));
        }
    }

    @PostMapping("/editor/desks/{code}/publish")
    String publish(@PathVariable String code, @RequestParam(defaultValue = "0") int version, Authentication auth,
            RedirectAttributes flash) {
        int chosen = version > 0 ? version : records.status(code).map(DeskRecords.DeskStatus::latestVersion).orElse(0);
        Optional<DeskRecords.DeskVersion> published = records.publish(code, chosen, auth.getName());
        flash.addFlashAttribute(published.isPresent() ? "done" : "problem", published.isPresent()
                ? "Đã xuất bản bản " + chosen + ": bà con hỏi về xã, phường này sẽ được trả lời theo địa chỉ mới."
                : "Không có bản " + chosen + " để xuất bản.");
        return "redirect:/editor/desks/" + code;
    }

    @PostMapping("/editor/desks/{code}/versions/{version}/restore")
    String restore(@PathVariable String code, @PathVariable int version, Authentication auth, RedirectAttributes flash) {
        Optional<DeskRecords.DeskVersion> old = records.version(code, version);
        int head = records.status(code).map(DeskRecords.DeskStatus::latestVersion).orElse(0);
        if (old.isEmpty()) {
            flash.addFlashAttribute("problem", "Không có bản " + version + ".");
        } else {
            DeskRecords.DeskVersion saved = records.save(old.get().desk(), head, auth.getName(), "restore");
            flash.addFlashAttribute("done", "Đã khôi phục bản " + version + " thành bản nháp " + saved.version() + ".");
        }
        return "redirect:/editor/desks/" + code;
    }

    private String page(Model model, Commune commune, DeskForm form, int baseVersion, Map<String, String> problems) {
        model.addAttribute("commune", commune);
        model.addAttribute("form", form);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("problems", problems);
        model.addAttribute("status", records.status(commune.code()).orElse(null));
        List<DeskRecords.DeskVersion> versions = records.versions(commune.code());
        model.addAttribute("versions", versions);
        return "editor/desk";
    }
}
