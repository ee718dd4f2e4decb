package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.gialai.dvcbot.app.security.StaffSecuritySlice;
import vn.gialai.dvcbot.kb.editing.KnowledgeBaseArchive;
import vn.gialai.dvcbot.kb.testing.InMemoryKnowledgeBaseStore;

/**
 * The editor console's import and export page on the web layer alone (MockMvc: no server, no Redis): the app's
 * real security, templates and import rules on the bundled content, the store in memory. The JSON API's import
 * and export with Redis: ImportExportIntegrationTests.
 */
@WebMvcTest(TransferController.class)
@Import({StaffSecuritySlice.class, EditorSlice.class})
class TransferControllerTests implements FreshKnowledgeBase {

    private static final String TITLE = "title: Bộ phận một cửa (sửa trong git)";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InMemoryKnowledgeBaseStore store;

    @Test
    void strangersAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/editor/export.zip").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    @WithMockUser(roles = {"VOLUNTEER", "TEAM_LEADER"})
    void volunteersCannotExportOrImport() {
        assertThat(mvc.get().uri("/editor/export.zip").exchange()).hasStatus(403);
        assertThat(upload("/editor/transfer/archive", "kb.zip", editedExport())).hasStatus(403);
    }

    @Test
    @WithUserDetails("bientap")
    void theExportIsAZipOfEveryEntryInTheBundledLayout() throws IOException {
        MvcTestResult export = mvc.get().uri("/editor/export.zip").exchange();

        assertThat(export).hasStatusOk().hasContentType("application/zip")
                .hasHeader("Content-Disposition", "attachment; filename=\"kb-content.zip\"");
        assertThat(unzip(export.getResponse().getContentAsByteArray())).containsKeys("_categories.yaml",
                "ho-tich/birth-registration.yaml", "ho-tro/one-stop-desk.yaml");
    }

    @Test
    @WithUserDetails("bientap")
    void anEditedExportIsShownAsAPlanAndAppliedAsADraftOfTheChangedEntryOnly() {
        byte[] zip = editedExport();

        MvcTestResult plan = upload("/editor/transfer/archive", "kb.zip", zip);

        assertThat(plan).hasStatusOk().hasViewName("editor/transfer").bodyText()
                .contains("one-stop-desk", "có thay đổi", "+ " + TITLE);
        assertThat(store.status("one-stop-desk").orElseThrow().latestVersion()).as("only a plan so far").isEqualTo(1);

        assertThat(mvc.post().uri("/editor/transfer/apply").with(csrf()).param("kind", "archive")
                .param("name", "kb.zip").param("content", Base64.getEncoder().encodeToString(zip)).exchange())
                .hasRedirectedUrl("/editor?drafts=true").flash()
                .containsEntry("done", "Đã lưu 1 mục thành bản nháp. Mở từng mục, xem trước rồi xuất bản.");
        assertThat(store.status("one-stop-desk").orElseThrow().latestVersion()).isEqualTo(2);
        assertThat(store.status("birth-registration").orElseThrow().latestVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("bientap")
    void anEmptyUploadOrAFileThatIsNotAZipIsSaid() {
        assertThat(upload("/editor/transfer/archive", "kb.zip", new byte[0])).hasRedirectedUrl("/editor/transfer")
                .flash().containsEntry("problem", "Bạn chưa chọn tệp .zip.");
        assertThat(upload("/editor/transfer/archive", "kb.zip", "không phải zip".getBytes(StandardCharsets.UTF_8)))
                .hasStatusOk().bodyText().contains("tệp tải lên không phải tệp nén .zip");
    }

    @Test
    @WithUserDetails("bientap")
    void aSheetNamingAnUnknownEntryIsShownWithItsRowAndCannotBeApplied() {
        String csv = "câu hỏi,mã mục\nđổi bằng lái ở mô,driver-license\nnuôi ong ở đâu,no-such-entry\n";

        MvcTestResult plan = upload("/editor/transfer/examples", "cau-hoi.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(plan).hasStatusOk().bodyText().contains("dòng 3", "no-such-entry")
                .doesNotContain("action=\"/editor/transfer/apply\"");
    }

    @Test
    @WithUserDetails("bientap")
    void anUnreadableExcelFileIsSaid() {
        assertThat(upload("/editor/transfer/examples", "cau-hoi.xlsx", "not excel".getBytes(StandardCharsets.UTF_8)))
                .hasRedirectedUrl("/editor/transfer").flash().hasEntrySatisfying("problem",
                        p -> assertThat(String.valueOf(p)).startsWith("Không đọc được tệp Excel"));
    }

    @Test
    @WithUserDetails("bientap")
    void anUploadWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().multipart().uri("/editor/transfer/archive").file("file", editedExport()).exchange())
                .hasStatus(403);
    }

    @Test
    @WithUserDetails("bientap")
    void anApplyWithABrokenFileIs400AndSavesNothing() {
        assertThat(mvc.post().uri("/editor/transfer/apply").with(csrf()).param("kind", "archive")
                .param("content", "%%% không phải Base64").exchange()).hasStatus(400).hasViewName("editor/problem")
                .bodyText().contains("Tệp gửi kèm bị hỏng. Hãy tải tệp lên lại.");
        assertThat(mvc.post().uri("/editor/transfer/apply").with(csrf()).param("kind", "examples")
                .param("name", "cau-hoi.xlsx").param("content", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}))
                .exchange()).hasStatus(400);
        assertThat(store.statuses()).allSatisfy(s -> assertThat(s.latestVersion()).isEqualTo(1));
    }

    private MvcTestResult upload(String uri, String name, byte[] content) {
        return mvc.post().multipart().uri(uri).file(new org.springframework.mock.web.MockMultipartFile("file", name,
                "application/octet-stream", content)).with(csrf()).exchange();
    }

    /** The export with one entry's title changed, as an editor would bring it back from git. */
    private byte[] editedExport() {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            files.putAll(unzip(KnowledgeBaseArchive.write(EditorSlice.bundledContent(), EditorSlice.bundled())));
            files.put("ho-tro/one-stop-desk.yaml",
                    files.get("ho-tro/one-stop-desk.yaml").replaceFirst("(?m)^title: .*$", TITLE));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> unzip(byte[] archive) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
