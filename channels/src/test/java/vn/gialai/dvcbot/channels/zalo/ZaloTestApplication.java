package vn.gialai.dvcbot.channels.zalo;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.gialai.dvcbot.core.answers.AnswerCatalog;
import vn.gialai.dvcbot.core.answers.EntryKind;
import vn.gialai.dvcbot.core.testing.InMemoryAnswerCatalog;

/** The core and the channels as the app wires them, with a small answer catalog instead of the knowledge base. */
@SpringBootApplication(scanBasePackages = {"vn.gialai.dvcbot.core", "vn.gialai.dvcbot.channels"})
class ZaloTestApplication {

    @Bean
    AnswerCatalog answerCatalog() {
        return new InMemoryAnswerCatalog()
                .topic("ho-tich", "Hộ tịch")
                .add(InMemoryAnswerCatalog.procedure("birth-registration", "ho-tich", "Đăng ký khai sinh"), "khai sinh")
                .add(InMemoryAnswerCatalog.smalltalk("greeting", EntryKind.SMALLTALK, "Chào bà con!"), "xin chao");
    }
}
