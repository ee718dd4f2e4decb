package vn.gialai.dvcbot.core.limits;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** The limits' settings, read from {@code count/duration} texts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
public class RateLimitConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Rate> rateConverter() {
        return new Converter<>() {
            @Override
            public Rate convert(String source) {
                return Rate.parse(source);
            }
        };
    }
}
