package vn.gialai.dvcbot.core.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How the Redis client finds Redis again after it failed: a restarted server, a replica Sentinel promoted, a
 * Cluster replica that took over its primary's slots (docs/reliability.md §3). Lettuce's defaults suit a client
 * that can wait: reconnection attempts back off up to 30 s, and a Cluster's slot map is read again only on
 * redirects. Here every second of waiting delays citizens' replies, so reconnection is tried at least every
 * second and the slot map is read again every two seconds and on every sign of a change.
 */
final class RedisRecovery {

    /** Reconnection: 100 ms after the loss, then doubling, never more than a second apart. */
    static final Duration FIRST_RECONNECT = Duration.ofMillis(100);
    static final Duration LONGEST_RECONNECT = Duration.ofSeconds(1);
    /** A Cluster's slot map is read again this often even without a sign of a change. */
    static final Duration TOPOLOGY_REFRESH = Duration.ofSeconds(2);
    /** Signs of a change (lost connections, redirects) read it again at most this often. */
    static final Duration ADAPTIVE_REFRESH_AT_MOST = Duration.ofMillis(500);

    private RedisRecovery() {
    }

    static Delay reconnectDelay() {
        return Delay.exponential(FIRST_RECONNECT, LONGEST_RECONNECT, 2, TimeUnit.MILLISECONDS);
    }

    /**
     * While Redis is down, fail commands at once instead of queueing them, so a citizen gets a clear "try again"
     * and no request piles up. Cluster options always: a standalone or Sentinel client reads them as plain ones.
     */
    static ClusterClientOptions clientOptions(Duration commandTimeout) {
        return ClusterClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enableAllAdaptiveRefreshTriggers()
                        .refreshTriggersReconnectAttempts(1)
                        .adaptiveRefreshTriggersTimeout(ADAPTIVE_REFRESH_AT_MOST)
                        .enablePeriodicRefresh(TOPOLOGY_REFRESH)
                        .build())
                .build();
    }
}
