package vn.gialai.dvcbot.channels.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The channel is on when the four required settings are present; otherwise it is off and says which are missing. */
final class ZaloSwitch {

    private static final Map<String, String> REQUIRED = Map.of(
            "ZALO_APP_ID", "dvc.zalo.app-id",
            "ZALO_APP_SECRET", "dvc.zalo.app-secret",
            "ZALO_OA_SECRET_KEY", "dvc.zalo.oa-secret-key",
            "ZALO_REFRESH_TOKEN", "dvc.zalo.refresh-token");

    private ZaloSwitch() {
    }

    /** The environment variable names of the required settings that are absent, in a stable order. */
    static List<String> missing(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> missing = new ArrayList<>();
        REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String value = binder.bind(e.getValue(), String.class).orElse("");
            if (value.isBlank()) {
                missing.add(e.getKey());
            }
        });
        return missing;
    }

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return missing(context.getEnvironment()).isEmpty();
        }
    }

    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !missing(context.getEnvironment()).isEmpty();
        }
    }
}
