package vn.gialai.dvcbot.app.communes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.communes.CommuneDataLoader;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;
import vn.gialai.dvcbot.kb.communes.TeamSessions;

/**
 * The public commune API on the web layer alone (MockMvc: no server, no Redis): the app's real security (reads
 * open to anyone, writes refused) on the bundled commune data. What the web chat, Zalo and Telegram say about old
 * names: CommuneQuestionsIntegrationTests.
 */
@WebMvcTest(CommunesApiController.class)
@Import(StaffSecuritySlice.class)
class CommunesApiControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anOldNameFindsItsNewCommuneWithoutLoggingInFromAnySite() {
        MvcTestResult found = mvc.get().uri("/api/communes?q=dieu tri").exchange();

        assertThat(found).hasStatusOk().hasHeader("Access-Control-Allow-Origin", "*");
        assertThat(found).bodyJson().extractingPath("$.results[0].code").isEqualTo("21952");
        assertThat(found).bodyJson().extractingPath("$.results[0].name").isEqualTo("Xã Tuy Phước");
        assertThat(found).bodyJson().extractingPath("$.results[0].type").isEqualTo("xã");
        assertThat(found).bodyJson().extractingPath("$.results[0].formerUnits[*].name").asArray()
                .contains("Thị trấn Diêu Trì", "Xã Phước Lộc");
        assertThat(found).bodyJson().extractingPath("$.results[0].formerUnits[0].district").isEqualTo("Huyện Tuy Phước");
        assertThat(found).bodyJson().extractingPath("$.results[0].formerUnits[0].province").isEqualTo("Tỉnh Bình Định");
        assertThat(found).bodyJson().extractingPath("$.results[0].desk").isNull();
    }

    @Test
    void oneCommuneComesWithItsDeskOr404() {
        MvcTestResult quyNhonNam = mvc.get().uri("/api/communes/21592").exchange();

        assertThat(quyNhonNam).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Phường Quy Nhơn Nam");
        assertThat(quyNhonNam).bodyJson().extractingPath("$.desk.address").asString().contains("146 Cần Vương");
        assertThat(quyNhonNam).bodyJson().extractingPath("$.desk.phone").isNull();
        assertThat(quyNhonNam).bodyJson().extractingPath("$.desk.mapUrl").asString()
                .startsWith("https://www.google.com/maps/");
        assertThat(mvc.get().uri("/api/communes/99999").exchange()).hasStatus(404)
                .hasHeader("Access-Control-Allow-Origin", "*")
                .bodyJson().extractingPath("$.error").isEqualTo("unknown_commune");
    }

    @Test
    void withoutAQueryAll135AreListedAndAHugeQueryIs400() {
        assertThat(mvc.get().uri("/api/communes").exchange()).hasStatusOk().bodyJson().extractingPath("$.results")
                .asArray().hasSize(135);
        assertThat(mvc.get().uri("/api/communes?q=an nghia").exchange()).bodyJson()
                .extractingPath("$.results[*].name").asArray().contains("Xã An Toàn", "Xã An Hòa", "Xã Kim Sơn");
        assertThat(mvc.get().uri("/api/communes").param("q", "a".repeat(201)).exchange()).hasStatus(400)
                .bodyJson().extractingPath("$.error").isEqualTo("bad_request");
    }

    @Test
    void writesAreNotPublic() {
        assertThat(mvc.post().uri("/api/communes").contentType(MediaType.APPLICATION_JSON).content("{}").exchange())
                .hasStatus(401);
        assertThat(mvc.put().uri("/api/communes/21592").contentType(MediaType.APPLICATION_JSON).content("{}")
                .exchange()).hasStatus(401);
    }

    /** The bundled commune data, with no team schedules. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Directory {

        @Bean
        CommuneDirectory communeDirectory() {
            Communes communes = Communes.bundled();
            return new CommuneDirectory(communes, new CommuneDataLoader(communes).loadBundled().data());
        }

        @Bean
        CommuneViews communeViews(CommuneDirectory directory, ObjectProvider<TeamSessions> teams) {
            return new CommuneViews(directory, teams);
        }
    }
}
