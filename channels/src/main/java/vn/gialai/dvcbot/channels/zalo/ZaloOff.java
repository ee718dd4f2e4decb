package vn.gialai.dvcbot.channels.zalo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Present when the channel is off; says so once at start, naming the settings that would turn it on. */
@Configuration(proxyBeanMethods = false)
@Conditional(ZaloSwitch.Off.class)
class ZaloOff {

    private static final Logger log = LoggerFactory.getLogger(ZaloOff.class);

    ZaloOff(Environment environment) {
        log.info("Zalo channel is off: {} not set (see docs/zalo.md)", String.join(", ", ZaloSwitch.missing(environment)));
    }
}
