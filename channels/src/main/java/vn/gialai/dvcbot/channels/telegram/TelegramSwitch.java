package vn.gialai.dvcbot.channels.telegram;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The channel is on when TELEGRAM_BOT_TOKEN is set. */
final class TelegramSwitch {

    private TelegramSwitch() {
    }

    static boolean on(Environment environment) {
        return !Binder.get(environment).bind("dvc.telegram.bot-token", String.class).orElse("").isBlank();
    }

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return on(context.getEnvironment());
        }
    }

    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !on(context.getEnvironment());
        }
    }
}
