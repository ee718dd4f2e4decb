package vn.gialai.dvcbot.app.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters that answer before anything else runs: the body limits, the closed error route, and requests no
 * handler could read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimitSettings.class)
class RequestLimitsConfiguration {

    /** Right after the character-encoding filter, before security (which may parse forms) and every controller. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySizeFilter(BodyLimitSettings limits) {
        FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter(limits));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
        FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(
                new RequestHygieneFilter());
        registration.setOrder(ORDER + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ErrorRouteFilter> errorRouteFilter() {
        FilterRegistrationBean<ErrorRouteFilter> registration = new FilterRegistrationBean<>(new ErrorRouteFilter());
        registration.setOrder(ORDER + 1);
        return registration;
    }
}
