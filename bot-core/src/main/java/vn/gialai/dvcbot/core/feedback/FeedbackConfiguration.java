package vn.gialai.dvcbot.core.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listens for missed questions and keeps them in whatever inbox the application provides. */
@Configuration(proxyBeanMethods = false)
public class FeedbackConfiguration {

    @Bean
    MissedQuestionRecorder missedQuestionRecorder(MissedQuestions inbox) {
        return new MissedQuestionRecorder(inbox);
    }
}
