package vn.gialai.dvcbot.channels.telegram;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/**
 * The core and this channel (with the web chat) as the app wires them, with a small answer catalog instead of
 * the knowledge base. Other channels' test applications stay out of the scan.
 */
@SpringBootApplication(scanBasePackages = {"vn.gialai.dvcbot.core", "vn.gialai.dvcbot.channels.telegram",
        "vn.gialai.dvcbot.channels.webchat"})
class TelegramTestApplication {

    @Bean
    AnswerCatalog answerCatalog() {
        return InMemoryAnswerCatalog.forChannelTests();
    }
}
