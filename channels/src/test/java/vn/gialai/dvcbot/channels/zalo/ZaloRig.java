package vn.gialai.dvcbot.channels.zalo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.channels.health.RedisChannelHealthConfiguration;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.redis.RedisKeys;
import vn.gialai.dvcbot.core.redis.TestAdapters;
import vn.gialai.dvcbot.core.testing.TestRedis;

/**
 * The channel's parts wired by hand on a real Redis (own key prefix) against a WireMock standing in for both
 * openapi.zalo.me and oauth.zaloapp.com. {@link #instance()} builds another app instance on the same Redis.
 */
final class ZaloRig implements AutoCloseable {

    final WireMockServer zalo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final LettuceConnectionFactory factory = TestRedis.connectionFactory();
    final StringRedisTemplate redis = TestRedis.template(factory);
    final String prefix = TestRedis.uniquePrefix();
    final Clock clock = Clock.systemUTC();
    final TestAdapters adapters = TestAdapters.on(redis, prefix, ConversationSettings.defaults(), clock);
    final RedisKeys keys = new RedisKeys(prefix);
    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
    private String accessToken;
    private boolean buttons;

    ZaloRig() {
        zalo.start();
    }

    ZaloRig withAccessToken(String token) {
        this.accessToken = token;
        return this;
    }

    ZaloRig withButtons() {
        this.buttons = true;
        return this;
    }

    ZaloSettings settings() {
        return new ZaloSettings(ZaloFixtures.APP_ID, ZaloFixtures.APP_SECRET, ZaloFixtures.OA_SECRET_KEY,
                ZaloFixtures.FIRST_REFRESH_TOKEN, accessToken, zalo.baseUrl(), zalo.baseUrl(), Duration.ofHours(12),
                Duration.ofHours(48), 8, 2, Duration.ofDays(7), false, Duration.ZERO, buttons, Duration.ofHours(1),
                Duration.ofDays(1), Duration.ofSeconds(60), Duration.ofSeconds(2));
    }

    /** One app instance's Zalo parts. */
    Instance instance() {
        ZaloSettings settings = settings();
        JsonMapper json = JsonMapper.builder().build();
        ZaloOAuth oauth = new ZaloOAuth(http, settings.oauthBaseUrl(), json, settings.appId(), settings.appSecret());
        ZaloTokens tokens = new ZaloTokens(tokenStore(), oauth, adapters.leases(), settings, clock);
        RedisZaloContacts contacts = new RedisZaloContacts(redis, keys);
        ZaloMessagingWindow window = new ZaloMessagingWindow(contacts, settings, clock);
        ZaloApi api = new ZaloApi(http, settings.apiBaseUrl(), json);
        ZaloOutboundChannel channel = new ZaloOutboundChannel(api, tokens, new ZaloReplies(json), window, contacts,
                watch(), adapters.leases(),
                settings.buttons(), clock);
        return new Instance(tokens, window, contacts, api, channel);
    }

    /** The channel's health watch, kept in this rig's Redis. */
    ChannelWatch watch() {
        return RedisChannelHealthConfiguration.alerts(redis, keys, clock).watch(ZaloSettings.CHANNEL, Duration.ZERO);
    }

    RedisZaloTokenStore tokenStore() {
        return new RedisZaloTokenStore(redis, keys);
    }

    @Override
    public void close() {
        zalo.stop();
        TestRedis.deleteKeys(redis, prefix);
        factory.destroy();
    }

    record Instance(ZaloTokens tokens, ZaloMessagingWindow window, RedisZaloContacts contacts, ZaloApi api,
            ZaloOutboundChannel channel) {
    }
}
