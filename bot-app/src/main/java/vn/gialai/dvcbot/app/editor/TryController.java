package vn.gialai.dvcbot.app.editor;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gialai.dvcbot.core.answers.MatchResult;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.editing.EntryEditing;

/** {@code /editor/try}: what the live bot would do with a question, with the scores behind it. */
@Controller
class TryController {

    private final EntryEditing editing;

    TryController(EntryEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/editor/try")
    String tryPage(@RequestParam(defaultValue = "") String text, Model model) {
        if (!text.isBlank()) {
            addMatch(text, model);
        }
        model.addAttribute("text", text);
        return "editor/try";
    }

    @PostMapping("/editor/try")
    String tryQuestion(@RequestParam(defaultValue = "") String text, Model model) {
        addMatch(text, model);
        return "editor/fragments :: match";
    }

    private void addMatch(String text, Model model) {
        MatchResult result = editing.match(text);
        Map<String, String> titles = editing.liveContent().entries().stream()
                .collect(Collectors.toMap(Entry::id, Entry::title, (a, b) -> a));
        model.addAttribute("question", text);
        model.addAttribute("result", result);
        model.addAttribute("titles", titles);
        model.addAttribute("decisionLabel", switch (result.decision()) {
            case ANSWER -> "Trả lời ngay bằng mục đứng đầu";
            case CLARIFY -> "Hỏi lại bà con, đưa ra các lựa chọn";
            case FALLBACK -> "Chưa trả lời được (xin lỗi, mời gặp tình nguyện viên)";
        });
    }
}
