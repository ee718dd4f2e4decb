package vn.gialai.dvcbot.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.FIRST_REFRESH_TOKEN;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.REFRESH;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.issueTokens;
import static vn.gialai.dvcbot.channels.zalo.ZaloFixtures.refreshCalls;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Token refresh against a stubbed oauth.zaloapp.com, on a real Redis shared by several "instances". */
class ZaloTokensIntegrationTests {

    private final ZaloRig rig = new ZaloRig();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void theRotatedRefreshTokenIsSavedAndTheNextRefreshUsesIt() throws Exception {
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "access-1", "refresh-2");
        issueTokens(rig.zalo, "refresh-2", "access-2", "refresh-3");
        ZaloTokens tokens = rig.instance().tokens();

        assertThat(tokens.accessToken()).isEqualTo("access-1");
        StoredTokens stored = rig.tokenStore().load();
        assertThat(stored.refreshToken()).isEqualTo("refresh-2");
        assertThat(stored.expiresAt()).isAfter(Instant.now().plusSeconds(89_000));

        assertThat(tokens.afterRejection("access-1")).isEqualTo("access-2");
        assertThat(rig.tokenStore().load().refreshToken()).isEqualTo("refresh-3");
        assertThat(rig.redis.opsForHash().get(rig.keys.global("zalo:{token}:previous"), "refreshToken"))
                .isEqualTo("refresh-2");
        assertThat(refreshCalls(rig.zalo)).isEqualTo(2);
    }

    @Test
    void aRestartDoesNotTakeBackTheSpentRefreshTokenFromTheSettings() throws Exception {
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "access-1", "refresh-2");
        rig.instance().tokens().accessToken();

        ZaloTokens restarted = rig.instance().tokens();

        assertThat(restarted.accessToken()).isEqualTo("access-1");
        assertThat(rig.tokenStore().load().refreshToken()).isEqualTo("refresh-2");
        assertThat(refreshCalls(rig.zalo)).isEqualTo(1);
    }

    @Test
    void anAccessTokenFromTheSettingsIsUsedWithoutARefresh() throws Exception {
        ZaloTokens tokens = rig.withAccessToken("given-by-hand").instance().tokens();

        assertThat(tokens.accessToken()).isEqualTo("given-by-hand");
        assertThat(refreshCalls(rig.zalo)).isZero();
    }

    @Test
    void aRefusedRefreshTurnsTheHealthDownWithWhatToDoUntilAnAdminEntersANewToken() {
        rig.zalo.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":-14014,\"error_name\":\"Invalid parameter\",\"error_reason\":\"Invalid refresh token\"}")));
        ZaloTokens tokens = rig.instance().tokens();
        ZaloHealthIndicator health = new ZaloHealthIndicator(tokens, rig.watch());

        assertThatThrownBy(tokens::accessToken).isInstanceOfSatisfying(TokenUnavailable.class,
                e -> assertThat(e.isForGood()).isTrue());
        assertThatThrownBy(rig.instance().tokens()::accessToken).isInstanceOf(TokenUnavailable.class);

        Health down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) down.getDetails().get("problem")).contains("Invalid refresh token");
        assertThat((String) down.getDetails().get("action")).contains("/admin/zalo");
        assertThat(refreshCalls(rig.zalo)).as("a refused token is not tried again and again").isEqualTo(1);

        issueTokens(rig.zalo, "entered-by-admin", "access-9", "refresh-10");
        ZaloTokenStatus status = tokens.replaceRefreshToken("  entered-by-admin \n");

        assertThat(status.working()).isTrue();
        assertThat(status.adminActionNeeded()).isFalse();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(rig.tokenStore().load().refreshToken()).isEqualTo("refresh-10");
    }

    @Test
    void anOAuthOutageIsTemporaryAndNeedsNoAdmin() {
        rig.zalo.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(aResponse().withStatus(503)));
        ZaloTokens tokens = rig.instance().tokens();

        assertThatThrownBy(tokens::accessToken).isInstanceOfSatisfying(TokenUnavailable.class,
                e -> assertThat(e.isForGood()).isFalse());

        ZaloTokenStatus status = tokens.status();
        assertThat(status.working()).isFalse();
        assertThat(status.adminActionNeeded()).isFalse();
        assertThat(status.problem()).contains("503");
        assertThat(rig.tokenStore().load().failed()).isFalse();

        rig.zalo.resetAll();
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "access-1", "refresh-2");
        assertThat(tokens.retryRefresh().working()).isTrue();
    }

    @Test
    void theFormSentToZaloCarriesTheAppIdGrantAndSecretHeader() throws Exception {
        issueTokens(rig.zalo, FIRST_REFRESH_TOKEN, "access-1", "refresh-2");

        rig.instance().tokens().accessToken();

        rig.zalo.verify(WireMock.postRequestedFor(urlPathEqualTo(REFRESH))
                .withHeader("secret_key", WireMock.equalTo(ZaloFixtures.APP_SECRET))
                .withHeader("Content-Type", WireMock.containing("application/x-www-form-urlencoded"))
                .withFormParam("app_id", WireMock.equalTo(ZaloFixtures.APP_ID))
                .withFormParam("grant_type", WireMock.equalTo("refresh_token"))
                .withFormParam("refresh_token", WireMock.equalTo(FIRST_REFRESH_TOKEN)));
    }
}
