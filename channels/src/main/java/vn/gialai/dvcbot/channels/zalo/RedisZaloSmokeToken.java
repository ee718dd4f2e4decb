package vn.gialai.dvcbot.channels.zalo;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.gialai.dvcbot.core.redis.RedisKeys;

/**
 * The access token for the smoke test: ZALO_ACCESS_TOKEN, else the pair the running bot keeps in its Redis
 * (REDIS_URL, DVC_REDIS_KEY_PREFIX). Read only: refreshing here would spend the bot's one-use refresh token.
 */
final class RedisZaloSmokeToken {

    private final Function<String, String> env;
    private final PrintStream out;

    RedisZaloSmokeToken(Function<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    Optional<String> find() {
        String given = env.apply("ZALO_ACCESS_TOKEN");
        if (given != null && !given.isBlank()) {
            out.println("OK      Access token: from ZALO_ACCESS_TOKEN");
            return Optional.of(given.strip());
        }
        String redisUrl = env.apply("REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            out.println("FAILED  Access token: set ZALO_ACCESS_TOKEN, or REDIS_URL to the running bot's Redis (the "
                    + "smoke test never refreshes tokens: each refresh token works once and the bot owns it)");
            return Optional.empty();
        }
        return fromRedis(redisUrl.strip());
    }

    private Optional<String> fromRedis(String url) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
        factory.afterPropertiesSet();
        factory.start();
        try {
            String prefix = env.apply("DVC_REDIS_KEY_PREFIX");
            RedisKeys keys = new RedisKeys(prefix == null || prefix.isBlank() ? "dvc:" : prefix.strip());
            StoredTokens stored = new RedisZaloTokenStore(new StringRedisTemplate(factory), keys).load();
            if (stored.accessToken() == null) {
                out.println("FAILED  Access token: none stored in Redis yet" + (stored.failed()
                        ? " (the last refresh failed: " + stored.failure() + "; enter a new refresh token at /admin/zalo)"
                        : "; start the bot with the channel on first"));
                return Optional.empty();
            }
            out.println("OK      Access token: the running bot's, from Redis (expires "
                    + (stored.expiresAt() == null ? "unknown" : stored.expiresAt()) + ")");
            return Optional.of(stored.accessToken());
        } catch (RuntimeException e) {
            out.println("FAILED  Access token: cannot read Redis at REDIS_URL: " + e.getMessage());
            return Optional.empty();
        } finally {
            factory.destroy();
        }
    }
}
