package vn.gialai.dvcbot.channels.webchat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/** The core and the web chat as the app wires them, with a small answer catalog instead of the knowledge base. */
@SpringBootApplication(scanBasePackages = {"vn.gialai.dvcbot.core", "vn.gialai.dvcbot.channels.webchat"})
class WebChatTestApplication {

    @Bean
    AnswerCatalog answerCatalog() {
        return InMemoryAnswerCatalog.forChannelTests();
    }
}
