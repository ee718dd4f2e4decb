package vn.gialai.dvcbot.channels.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Present when the channel is off; says so once at start. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramSwitch.Off.class)
class TelegramOff {

    private static final Logger log = LoggerFactory.getLogger(TelegramOff.class);

    TelegramOff() {
        log.info("Telegram channel is off: TELEGRAM_BOT_TOKEN not set (see docs/telegram.md)");
    }
}
