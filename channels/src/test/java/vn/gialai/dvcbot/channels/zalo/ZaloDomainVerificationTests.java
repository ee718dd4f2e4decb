package vn.gialai.dvcbot.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * How this domain proves itself to Zalo, on the web layer alone (MockMvc: no server, no Redis), with both forms Zalo
 * offers configured: the meta tag's content, and the file Zalo offers for download (a copy in test resources).
 */
@WebMvcTest(value = ZaloDomainVerification.class, properties = {
        "dvc.zalo.domain-verification=" + ZaloDomainVerificationTests.META_CODE,
        "dvc.zalo.domain-verification-file=" + ZaloDomainVerificationTests.FILE})
@ContextConfiguration(classes = ZaloDomainVerification.class)
class ZaloDomainVerificationTests {

    static final String META_CODE = "SeEEB8ES51jdZCu-hOfK5MQ3rGwAyW9ICpW";
    static final String FILE = "src/test/resources/zalo/zalo_verifierGkRa5O6GTXL3ukCJdz5WJa_upMgZZXipCp0u.html";

    @Autowired
    MockMvcTester mvc;

    @Test
    void theHomePageCarriesTheMetaTagFirstInItsHead() {
        assertThat(mvc.get().uri("/").exchange()).hasStatusOk().hasContentType("text/html;charset=UTF-8").bodyText()
                .contains("<head>\n  <meta name=\"zalo-platform-site-verification\" content=\"" + META_CODE + "\">")
                .contains("Hỏi đáp thủ tục hành chính");
    }

    @Test
    void theVerifierPageOfTheMetaTagIsServed() {
        assertThat(mvc.get().uri("/zalo_verifier" + META_CODE + ".html").exchange()).hasStatusOk().bodyText()
                .contains("content=\"" + META_CODE + "\"");
    }

    @Test
    void theDownloadedFileIsServedByteForByte() throws IOException {
        byte[] file = Files.readAllBytes(Path.of(FILE));

        var served = mvc.get().uri("/" + Path.of(FILE).getFileName()).exchange();

        assertThat(served).hasStatusOk();
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(file);
    }

    @Test
    void anyOtherVerifierNameIs404() {
        assertThat(mvc.get().uri("/zalo_verifierSomethingElse123.html").exchange()).hasStatus(404);
    }
}
