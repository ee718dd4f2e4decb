package vn.gialai.dvcbot.channels.zalo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.gialai.dvcbot.core.testing.TestRedis;

/** The settings of a test app with the Zalo channel on, pointed at a WireMock and the test Redis. */
final class ZaloSpringProperties {

    private ZaloSpringProperties() {
    }

    static Map<String, String> of(WireMockServer zalo, String redisPrefix) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.data.redis.url", TestRedis.url());
        properties.put("dvc.redis.key-prefix", redisPrefix);
        properties.put("dvc.outbox.first-backoff", "200ms");
        properties.put("dvc.outbox.max-backoff", "1s");
        // Pasted with stray spaces, as from a web page: the signature check must trim them.
        properties.put("dvc.zalo.app-id", " " + ZaloFixtures.APP_ID + " ");
        properties.put("dvc.zalo.app-secret", ZaloFixtures.APP_SECRET);
        properties.put("dvc.zalo.oa-secret-key", ZaloFixtures.OA_SECRET_KEY);
        properties.put("dvc.zalo.refresh-token", ZaloFixtures.FIRST_REFRESH_TOKEN);
        properties.put("dvc.zalo.access-token", "access-from-settings");
        properties.put("dvc.zalo.api-base-url", zalo.baseUrl());
        properties.put("dvc.zalo.oauth-base-url", zalo.baseUrl());
        return properties;
    }

    static void register(DynamicPropertyRegistry registry, WireMockServer zalo, String redisPrefix) {
        of(zalo, redisPrefix).forEach((name, value) -> registry.add(name, () -> value));
    }
}
