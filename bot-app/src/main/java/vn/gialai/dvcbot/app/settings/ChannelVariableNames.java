package vn.gialai.dvcbot.app.settings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The Zalo and Telegram settings live under {@code dvc.zalo.*} and {@code dvc.telegram.*} like every other setting,
 * but deployments set them as {@code ZALO_…} and {@code TELEGRAM_…} (the README's names since the start, in .env
 * files and compose files). Those variables are read as {@code dvc.zalo.…}/{@code dvc.telegram.…}, below the
 * environment itself, so a {@code DVC_ZALO_…} variable wins over its older name.
 */
public class ChannelVariableNames implements EnvironmentPostProcessor {

    static final String SOURCE = "channelVariableNames";
    private static final Map<String, String> PREFIXES = Map.of("ZALO_", "dvc.zalo.", "TELEGRAM_", "dvc.telegram.");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> variables = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (!(variables instanceof EnumerablePropertySource<?> enumerable)) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : enumerable.getPropertyNames()) {
            PREFIXES.forEach((prefix, property) -> {
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    properties.put(property + name.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '-'),
                            enumerable.getProperty(name));
                }
            });
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new MapPropertySource(SOURCE, properties));
        }
    }
}
