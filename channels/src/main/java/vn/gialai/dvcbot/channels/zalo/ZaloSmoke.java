package vn.gialai.dvcbot.channels.zalo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code zalo smoke [--user ID]}: checks a live OA from the operator's shell, printing each step in plain words.
 * The settings, an access token (ZALO_ACCESS_TOKEN, else the one the running bot keeps in Redis: the smoke test
 * never refreshes, because each refresh token works once and the bot owns it), the OA's profile; with a test
 * user id, Zalo's quota for that user, a short text, a 2,000-character Vietnamese reply and the user's profile.
 */
public final class ZaloSmoke {

    static final int LONG_TEXT = 2000;
    private static final String SHORT_TEXT = "Kiểm tra kết nối từ dvc-bot (lệnh zalo smoke). Bà con vui lòng bỏ qua tin này.";
    private static final String SENTENCE = "Đây là tin thử độ dài tối đa của Zalo: hướng dẫn đăng ký khai sinh, "
            + "cấp căn cước, đăng ký thường trú và các thủ tục khác tại bộ phận một cửa xã, phường. ";
    private static final List<String> REQUIRED = List.of("ZALO_APP_ID", "ZALO_APP_SECRET", "ZALO_OA_SECRET_KEY",
            "ZALO_REFRESH_TOKEN");

    private final Function<String, String> env;
    private final PrintStream out;
    private final ZaloApi api;
    private boolean failed;

    private ZaloSmoke(Function<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        this.api = new ZaloApi(http, setting("ZALO_API_BASE_URL", "https://openapi.zalo.me"), JsonMapper.builder().build());
    }

    /** Runs every step; returns 0 when all passed, 1 when one failed. */
    public static int run(Function<String, String> env, Optional<String> userId, PrintStream out) {
        return new ZaloSmoke(env, out).run(userId);
    }

    private int run(Optional<String> userId) {
        checkSettings();
        Optional<String> token = new RedisZaloSmokeToken(env, out).find();
        if (token.isEmpty()) {
            return fail("Stopped: without an access token nothing else can be checked.");
        }
        ZaloAccountReader account = new ZaloAccountReader(api, token::get);
        ZaloAccount.Reading profile = account.profile();
        if (!profile.ok()) {
            return fail("FAILED  OA profile: Zalo refused the access token or the call: " + profile.problem()
                    + ". The token may be expired or revoked: open /admin/zalo on the running bot.");
        }
        Map<String, String> oa = profile.facts();
        out.println("OK      Token works; OA profile: \"" + oa.get("name") + "\" (id " + oa.get("oaId") + ", verified "
                + oa.get("verified") + ", package " + blankAs(oa.get("package"), "none") + ", followers "
                + blankAs(oa.get("followers"), "?") + ")");
        userId.ifPresentOrElse(user -> withUser(account, token.get(), user),
                () -> out.println("SKIPPED Messages: give --user <a Zalo user id of a tester who follows the OA and "
                        + "wrote to it in the last 48 hours> to send a text and a 2,000-character reply"));
        out.println(failed ? "Smoke test FAILED: see the lines above." : "Smoke test passed.");
        return failed ? 1 : 0;
    }

    private void checkSettings() {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach(name -> {
            if (setting(name, "").isEmpty()) {
                missing.add(name);
            }
        });
        if (missing.isEmpty()) {
            out.println("OK      Settings: ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN are set"
                    + " (app id " + setting("ZALO_APP_ID", "") + ")");
        } else {
            failed = true;
            out.println("FAILED  Settings: not set: " + String.join(", ", missing) + " (the channel stays off)");
        }
        if (!setting("ZALO_APP_SECRET", "").isEmpty() && setting("ZALO_APP_SECRET", "").equals(setting("ZALO_OA_SECRET_KEY", ""))) {
            failed = true;
            out.println("FAILED  Settings: ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are the same; they are two different "
                    + "keys (the app's secret, and the OA secret key shown where the app is linked to the OA)");
        }
    }

    private void withUser(ZaloAccount account, String token, String user) {
        out.println("INFO    Sending 2 test messages to user " + user + "; they count toward that user's free replies");
        ZaloAccount.Reading quota = account.quota(user);
        out.println(quota.ok()
                ? "OK      Quota: Zalo says " + quota.facts().get("freeRepliesRemaining") + " of "
                        + quota.facts().get("freeRepliesTotal") + " free replies remain for this user (last interaction "
                        + blankAs(quota.facts().get("lastInteraction"), "unknown") + ")"
                : "INFO    Quota: Zalo's quota API did not answer (" + quota.problem() + "); not needed to send");
        send(token, user, "Text message", SHORT_TEXT);
        send(token, user, "2,000-character Vietnamese reply", longText());
        ZaloApi.Answer detail = api.userDetail(token, user);
        if (detail.ok()) {
            out.println("OK      Profile read: the user's display name is \""
                    + detail.data().path("display_name").asString("") + "\"");
        } else {
            failed = true;
            out.println("FAILED  Profile read: " + detail.describe());
        }
    }

    private void send(String token, String user, String what, String text) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("user_id", user);
        body.putObject("message").put("text", text);
        ZaloApi.Answer answer = api.sendConsultation(token, body);
        if (answer.ok()) {
            out.println("OK      " + what + " (" + text.length() + " characters): Zalo accepted it (message id "
                    + answer.data().path("message_id").asString("?") + ")");
            return;
        }
        failed = true;
        String meaning = Optional.ofNullable(ZaloErrors.unreachableNotice(answer.error()))
                .map(notice -> " The user cannot be reached now: " + notice).orElse("");
        out.println("FAILED  " + what + ": Zalo refused it: " + answer.describe() + "." + meaning);
    }

    /** Exactly {@value #LONG_TEXT} characters, ending on a full stop, as long as one Zalo message may be. */
    static String longText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < LONG_TEXT) {
            text.append(SENTENCE);
        }
        text.setLength(LONG_TEXT - 1);
        return text.append('.').toString();
    }

    private int fail(String line) {
        out.println(line);
        out.println("Smoke test FAILED: see the lines above.");
        return 1;
    }

    private String setting(String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankAs(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
