package vn.gialai.dvcbot.app.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Stands in, in its own JVM, for an app that starts its embedded Redis, writes, and is then killed with SIGKILL
 * by {@link EmbeddedRedisOrphanIntegrationTests}. Arguments: data folder, port, key, value.
 */
final class AppThatGetsKilled {

    private AppThatGetsKilled() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedRedis redis = EmbeddedRedis.start(new EmbeddedRedisSettings(args[0], Integer.parseInt(args[1]),
                "always", ""));
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.port());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set(args[2], args[3]);
        }
        client.shutdown();
        System.out.println("written");
        System.out.flush();
        System.in.read();
    }
}
