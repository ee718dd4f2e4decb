package vn.gialai.dvcbot.core.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * A settings record as Spring binds it when nothing is set: each component's {@code @DefaultValue}. Tests and code
 * that run without Spring take their defaults here, so a default is written once, on the record.
 */
public final class SettingsDefaults {

    private SettingsDefaults() {
    }

    public static <T> T of(Class<T> settings) {
        String prefix = MergedAnnotations.from(settings).get(ConfigurationProperties.class).getString("prefix");
        return new Binder(java.util.List.of(), null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate(prefix, settings);
    }
}
