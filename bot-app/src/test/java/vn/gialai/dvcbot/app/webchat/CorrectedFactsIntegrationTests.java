package vn.gialai.dvcbot.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;

/**
 * Issue 14: the two facts the review found wrong read right in the web chat, asked the way a citizen asks,
 * and a doubtful detail carries its mark on its own line only.
 */
@DvcBotIntegrationTest
class CorrectedFactsIntegrationTests {

    private static final String SESSIONS = "/api/webchat/sessions";

    @LocalServerPort
    int port;
    private Http http;
    private String session;

    @BeforeEach
    void newSession() {
        http = new Http(port);
        session = http.post(SESSIONS, "").json().get("sessionId").asString();
    }

    @Test
    void aDamagedIdCardIsReissuedFor70000DongOnVneid() {
        JsonNode answer = ask("thẻ căn cước bị gãy không dùng được thì làm lại thế nào");

        assertThat(answer.get("entryId").asString()).isEqualTo("id-card");
        assertThat(answer.get("text").asString()).contains("hỏng không dùng được thì xin cấp lại (70.000 đồng) ngay trên VNeID");

        String steps = choose("section:id-card:steps");
        assertThat(steps).contains("gãy, mờ chữ không dùng được (cấp lại): vào VNeID mức 2");

        String fees = choose("section:id-card:fees");
        assertThat(fees).contains("cấp lại (thẻ mất, thẻ hỏng) 70.000 đồng").doesNotContain("thẻ hỏng, đổi thông tin) 50.000")
                .contains("Thông tư 71/2025/TT-BTC")
                .contains("xem số tiền hiện trên ứng dụng khi nộp (*).")
                .contains("(*) Chi tiết có dấu này đang được kiểm tra lại");
        assertThat(fees.indexOf("(*)")).isGreaterThan(fees.indexOf("70.000 đồng"));
    }

    @Test
    void aResidenceConfirmationIsValidForOneYearFreeAtAnyCommunePolice() {
        JsonNode answer = ask("giấy xác nhận cư trú CT07 có giá trị bao lâu");

        assertThat(answer.get("entryId").asString()).isEqualTo("residence-confirmation");
        assertThat(answer.get("text").asString()).contains("có giá trị 1 năm kể từ ngày cấp")
                .contains("bất kỳ Công an xã, phường nào").doesNotContain("30 ngày")
                .doesNotContain("(*)").doesNotContain("kiểm tra lại");

        String fees = choose("section:residence-confirmation:fees");
        assertThat(fees).contains("Miễn phí").contains("Không quá 1 ngày làm việc")
                .contains("không quá nửa ngày làm việc").contains("không quá 3 ngày làm việc");
    }

    private JsonNode ask(String text) {
        Http.Response response = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("text", text)));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("replies").get(0);
    }

    private String choose(String choice) {
        Http.Response response = http.post(SESSIONS + "/" + session + "/messages", Http.json(Map.of("choice", choice)));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("replies").get(0).get("text").asString();
    }
}
