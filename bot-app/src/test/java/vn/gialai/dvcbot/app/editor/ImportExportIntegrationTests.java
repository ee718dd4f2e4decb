package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/** Export to a zip of YAML and back, and example questions from a sheet, through the API. */
@DvcBotIntegrationTest
class ImportExportIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private final HttpClient client = HttpClient.newHttpClient();
    @TempDir
    Path exported;

    @BeforeEach
    void setUp() {
        StaffFixtures.ensure(accounts, encoder, "xuan", Role.EDITOR, null);
    }

    @Test
    void theExportHasEveryEntryInTheBundledLayout() throws Exception {
        Map<String, String> files = unzip(exportZip(""));

        assertThat(files).containsKeys("_categories.yaml", "_out-of-scope.yaml", "_texts.yaml",
                "ho-tich/birth-registration.yaml", "cu-tru-can-cuoc/id-card.yaml");
        Files.writeString(exported.resolve("_texts.yaml"), files.get("_texts.yaml"));
        Map<String, String> texts = new ContentLoader().loadDirectory(exported).content()
                .texts();
        assertThat(texts).containsEntry("confirm.question", "Có phải bà con hỏi về “{title}” không ạ?");
        assertThat(BotTexts.of(texts)
                .says(BotText.NO_PHRASES, "no")).as("\"no\" stays a phrase").isTrue();
        assertThat(files.get("ho-tich/birth-registration.yaml")).contains("id: birth-registration")
                .contains("title: Đăng ký khai sinh").doesNotContain("null");
    }

    @Test
    void anEditedExportComesBackAsADraftOfTheChangedEntryOnly() throws Exception {
        Map<String, String> files = unzip(exportZip("?drafts=true"));
        String path = "ho-tro/one-stop-desk.yaml";
        files.put(path, files.get(path).replaceFirst("(?m)^title: .*$", "title: Bộ phận một cửa (sửa trong git)"));

        JsonNode plan = post("/api/kb/import", zip(files), "application/zip");
        assertThat(plan.get("changes")).filteredOn(c -> !c.get("change").asString().equals("unchanged"))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("id").asString()).isEqualTo("one-stop-desk");
                    assertThat(c.get("lines").toString()).contains("+ title: Bộ phận một cửa (sửa trong git)");
                });

        JsonNode applied = post("/api/kb/import?apply=true", zip(files), "application/zip");

        assertThat(applied.get("applied")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo("one-stop-desk"));
        JsonNode entry = new Http(port).get("/api/kb/entries/one-stop-desk", StaffFixtures.basic("xuan")).json();
        assertThat(entry.get("title").asString()).isEqualTo("Bộ phận một cửa (sửa trong git)");
        assertThat(entry.get("status").asString()).isEqualTo("draft");
    }

    @Test
    void aBrokenFileInTheZipIsReportedAndNothingIsApplied() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("ho-tich/death-registration.yaml", "id: death-registration\ntitle: [unclosed");

        HttpResponse<String> response = send("/api/kb/import?apply=true", zip(files), "application/zip");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("death-registration.yaml").doesNotContain("\"applied\"");
    }

    @Test
    void questionsFromASheetBecomeDraftExamplesOfTheirEntries() throws Exception {
        String csv = "câu hỏi,mã mục\nđổi giấy phép lái xe hết hạn ở mô rứa,driver-license\n";

        JsonNode applied = post("/api/kb/import/examples?filename=cau-hoi.csv&apply=true",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(applied.get("applied")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo("driver-license"));
        JsonNode entry = new Http(port).get("/api/kb/entries/driver-license", StaffFixtures.basic("xuan")).json();
        assertThat(entry.get("examples").toString()).contains("đổi giấy phép lái xe hết hạn ở mô rứa");
    }

    @Test
    void aSheetNamingAnUnknownEntryIsRefusedWithTheRow() throws Exception {
        String csv = "câu hỏi,mã mục\nxin giấy phép karaoke,karaoke\n";

        HttpResponse<String> response = send("/api/kb/import/examples?filename=x.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("dòng 2").contains("karaoke");
    }

    /** Took 39 s for 8,000 rows and never finished 100,000: each row compared with every example before it. */
    @Test
    void fifteenThousandQuestionsForOneEntryArePlannedAsOneChange() throws Exception {
        StringBuilder csv = new StringBuilder("câu hỏi,mã mục\n");
        for (int i = 0; i < 15_000; i++) {
            csv.append("hỏi về căn cước lần ").append(i).append(",id-card\n");
        }
        csv.append("HỎI  về căn cước lần 7,id-card\n");

        JsonNode plan = post("/api/kb/import/examples?filename=x.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv");

        assertThat(plan.get("changes")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asString()).isEqualTo("id-card");
            assertThat(c.get("lines")).filteredOn(l -> l.asString().startsWith("+")).hasSize(15_000);
        });
    }

    @Test
    void aSheetWithMoreRowsThanTheCapIsRefusedAsTooLarge() throws Exception {
        String csv = "lam cccd o dau,id-card\n".repeat(ExamplesSheet.MAX_ROWS + 1);

        HttpResponse<String> response = send("/api/kb/import/examples?filename=x.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Hãy chia thành nhiều tệp nhỏ hơn");
    }

    @Test
    void importsAboveTheirSizeLimitAreRefusedBeforeTheyAreRead() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];

        assertThat(send("/api/kb/import", eleven, "application/zip").statusCode()).isEqualTo(413);
        assertThat(send("/api/kb/import/examples?filename=x.csv", eleven, "text/csv").statusCode()).isEqualTo(413);
    }

    private byte[] exportZip(String query) throws Exception {
        HttpResponse<byte[]> response = client.send(request("/api/kb/export" + query).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private JsonNode post(String path, byte[] body, String type) throws Exception {
        HttpResponse<String> response = send(path, body, type);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> send(String path, byte[] body, String type) throws Exception {
        return client.send(request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        StaffFixtures.basic("xuan").forEach((k, v) -> {
            if (k.equals("Authorization")) {
                builder.header(k, v);
            }
        });
        return builder;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
