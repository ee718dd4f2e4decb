package vn.gialai.dvcbot.app.zaloadmin;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gialai.dvcbot.channels.zalo.ZaloAdministration;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;

/**
 * {@code POST /api/admin/zalo/refresh-token} with {@code {"refreshToken": "…"}}: stores it, refreshes at once and
 * answers the resulting status (200, with {@code "working": false} and Zalo's reason when Zalo refused it);
 * 400 for a value that is not a token; 409 while the channel is off. {@code GET /api/admin/zalo/status} reads it.
 */
@RestController
@RequestMapping("/api/admin/zalo")
class ZaloAdminApi {

    private final ObjectProvider<ZaloAdministration> zalo;

    ZaloAdminApi(ObjectProvider<ZaloAdministration> zalo) {
        this.zalo = zalo;
    }

    @GetMapping("/status")
    ResponseEntity<?> status() {
        ZaloAdministration administration = zalo.getIfAvailable();
        return administration == null ? off() : ResponseEntity.ok(body(administration.status()));
    }

    @PostMapping("/refresh-token")
    ResponseEntity<?> replace(@RequestBody(required = false) RefreshTokenRequest request) {
        ZaloAdministration administration = zalo.getIfAvailable();
        if (administration == null) {
            return off();
        }
        String token = request == null ? null : request.refreshToken();
        String problem = RefreshTokens.problem(token);
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", problem));
        }
        return ResponseEntity.ok(body(administration.replaceRefreshToken(token.strip())));
    }

    private static Map<String, Object> body(ZaloTokenStatus status) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("working", status.working());
        body.put("adminActionNeeded", status.adminActionNeeded());
        body.put("accessTokenExpiresAt", status.accessTokenExpiresAt());
        body.put("lastRefreshAt", status.lastRefreshAt());
        body.put("problem", status.problem());
        body.put("problemSince", status.problemSince());
        return body;
    }

    private static ResponseEntity<?> off() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "channel_off",
                "message", "Kênh Zalo đang tắt: chưa đặt ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN."));
    }

    record RefreshTokenRequest(String refreshToken) {
    }
}
