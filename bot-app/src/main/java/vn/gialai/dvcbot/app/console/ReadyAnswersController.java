package vn.gialai.dvcbot.app.console;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /console/kb}: the ready answers of one topic, the fragment the ticket page swaps in when a topic is picked. */
@Controller
class ReadyAnswersController {

    private final ReadyAnswers answers;

    ReadyAnswersController(ReadyAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/console/kb")
    String readyAnswers(@RequestParam(defaultValue = "") String topic, Model model) {
        model.addAttribute("entries", topic.isBlank() ? List.of() : answers.ofTopic(topic));
        return "console/fragments :: ready-answers";
    }
}
