package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * Editors keep each commune's desk as versions: a save is a draft citizens do not see, publishing makes it the
 * answer (web chat and the public API). Conflicts, refused records, roles and the form: DesksControllerTests.
 */
@DvcBotIntegrationTest
class DeskEditingIntegrationTests {

    private static final String AN_NHON_TAY = "21940";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        StaffFixtures.ensure(accounts, encoder, "bien-tap", Role.EDITOR, null);
    }

    @Test
    void aDeskIsADraftUntilPublishedThenCitizensAndTheApiGetIt() {
        Http.Response draft = http.put("/api/kb/desks/" + AN_NHON_TAY, desk(0, "Số 1 Trần Phú, xã An Nhơn Tây"),
                StaffFixtures.basic("bien-tap"));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("status").asString()).isEqualTo("draft");
        assertThat(http.get("/api/communes/" + AN_NHON_TAY).json().get("desk").isNull()).isTrue();
        assertThat(ask("bộ phận một cửa xã An Nhơn Tây ở đâu")).contains("chưa có địa chỉ đã được kiểm chứng");

        Http.Response published = http.post("/api/kb/desks/" + AN_NHON_TAY + "/publish", "",
                StaffFixtures.basic("bien-tap"));

        assertThat(published.status()).isEqualTo(200);
        assertThat(http.get("/api/communes/" + AN_NHON_TAY).json().get("desk").get("address").asString())
                .isEqualTo("Số 1 Trần Phú, xã An Nhơn Tây");
        assertThat(ask("bo phan mot cua xa an nhon tay o dau, thu bay co lam khong"))
                .contains("Số 1 Trần Phú, xã An Nhơn Tây").contains("sáng thứ Bảy 7:30–11:30")
                .contains("Thứ Bảy: xem giờ ở trên");
        JsonNode versions = http.get("/api/kb/desks/" + AN_NHON_TAY + "/versions", StaffFixtures.basic("bien-tap")).json();
        assertThat(versions.get(0).get("author").asString()).isEqualTo("bien-tap");
    }

    private String ask(String text) {
        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        return http.post("/api/webchat/sessions/" + session + "/messages", Http.json(Map.of("text", text))).json()
                .get("replies").get(0).get("text").asString();
    }

    private static String desk(int baseVersion, String address) {
        return Http.json(Map.of("address", address, "hours", "Thứ Hai – Thứ Sáu 7:00–11:30, 13:30–17:00; sáng thứ Bảy 7:30–11:30",
                "sources", List.of(Map.of("title", "Thông báo của UBND xã", "url", "https://example.gov.vn/thong-bao")),
                "reviewed", "2026-12-04", "baseVersion", baseVersion));
    }
}
