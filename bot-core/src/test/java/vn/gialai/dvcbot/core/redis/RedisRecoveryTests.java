package vn.gialai.dvcbot.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions.RefreshTrigger;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The client looks for Redis again within a second, and reads a Cluster's slot map again within two. */
class RedisRecoveryTests {

    @Test
    void reconnectionIsTriedSoonAndNeverMoreThanASecondApart() {
        Delay delay = RedisRecovery.reconnectDelay();

        assertThat(delay.createDelay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(IntStream.rangeClosed(1, 60).mapToObj(delay::createDelay))
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(100), Duration.ofSeconds(1)));
        assertThat(delay.createDelay(30)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aClusterSlotMapIsReadAgainPeriodicallyAndOnEverySignOfAChange() {
        ClusterClientOptions options = RedisRecovery.clientOptions(Duration.ofSeconds(2));

        assertThat(options.getTopologyRefreshOptions().isPeriodicRefreshEnabled()).isTrue();
        assertThat(options.getTopologyRefreshOptions().getRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.getTopologyRefreshOptions().getAdaptiveRefreshTriggers())
                .contains(RefreshTrigger.PERSISTENT_RECONNECTS, RefreshTrigger.MOVED_REDIRECT);
        assertThat(options.getTopologyRefreshOptions().getRefreshTriggersReconnectAttempts()).isEqualTo(1);
        assertThat(options.getDisconnectedBehavior()).isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
