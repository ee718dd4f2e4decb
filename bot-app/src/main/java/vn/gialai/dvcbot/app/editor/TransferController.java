package vn.gialai.dvcbot.app.editor;

import java.io.IOException;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.kb.editing.EditingRefused;
import vn.gialai.dvcbot.kb.editing.EntryEditing;
import vn.gialai.dvcbot.kb.editing.ImportPlanning;
import vn.gialai.dvcbot.kb.store.EntryVersion;

/**
 * The console's import and export page. An upload is first shown as a plan; the file travels back with the
 * "apply" form (it is small), so nothing is kept on the server between the two steps.
 */
@Controller
@RequestMapping("/editor")
class TransferController {

    private final EntryEditing editing;
    private final ImportPlanning imports;

    TransferController(EntryEditing editing, ImportPlanning imports) {
        this.editing = editing;
        this.imports = imports;
    }

    @GetMapping("/transfer")
    String page() {
        return "editor/transfer";
    }

    @GetMapping("/export.zip")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean drafts) {
        return ResponseEntity.ok().header("Content-Type", "application/zip")
                .header("Content-Disposition", "attachment; filename=\"kb-content.zip\"")
                .body(editing.exportArchive(drafts));
    }

    @PostMapping("/transfer/archive")
    String planArchive(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("problem", "Bạn chưa chọn tệp .zip.");
            return "redirect:/editor/transfer";
        }
        return showPlan(imports.planArchive(file.getBytes()), "archive", file.getBytes(), file.getOriginalFilename(),
                model);
    }

    @PostMapping("/transfer/examples")
    String planExamples(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("problem", "Bạn chưa chọn tệp Excel hoặc CSV.");
            return "redirect:/editor/transfer";
        }
        try {
            ImportPlanning.Plan plan = imports.planExamples(
                    ExamplesSheet.read(file.getOriginalFilename(), file.getBytes()));
            return showPlan(plan, "examples", file.getBytes(), file.getOriginalFilename(), model);
        } catch (EditingRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/editor/transfer";
        }
    }

    @PostMapping("/transfer/apply")
    String apply(@RequestParam String kind, @RequestParam String content, @RequestParam(defaultValue = "") String name,
            Principal who, RedirectAttributes flash) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw EditingRefused.badRequest("Tệp gửi kèm bị hỏng. Hãy tải tệp lên lại.");
        }
        ImportPlanning.Plan plan = kind.equals("archive") ? imports.planArchive(bytes)
                : imports.planExamples(ExamplesSheet.read(name, bytes));
        try {
            List<EntryVersion> saved = imports.apply(plan, who.getName());
            flash.addFlashAttribute("done", "Đã lưu " + saved.size()
                    + " mục thành bản nháp. Mở từng mục, xem trước rồi xuất bản.");
            return "redirect:/editor?drafts=true";
        } catch (EditingRefused e) {
            flash.addFlashAttribute("problem", "Nội dung đã thay đổi từ lúc xem, cần sửa: " + e.problems().size()
                    + " chỗ. Hãy tải tệp lên lại.");
            return "redirect:/editor/transfer";
        }
    }

    private String showPlan(ImportPlanning.Plan plan, String kind, byte[] content, String name, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("kind", kind);
        model.addAttribute("content", Base64.getEncoder().encodeToString(content));
        model.addAttribute("name", name == null ? "" : name);
        return "editor/transfer";
    }
}
