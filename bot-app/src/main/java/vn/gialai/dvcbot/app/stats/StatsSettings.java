package vn.gialai.dvcbot.app.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param flushInterval how often one instance writes what it counted to Redis
 * @param retention how long a day's figures are kept
 * @param maxPending events kept in memory while Redis cannot be written; more are dropped (and logged)
 */
@ConfigurationProperties("dvc.stats")
record StatsSettings(@DefaultValue("1s") Duration flushInterval, @DefaultValue("730d") Duration retention,
        @DefaultValue("200000") int maxPending) {
}
