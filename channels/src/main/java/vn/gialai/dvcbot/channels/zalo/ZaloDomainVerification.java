package vn.gialai.dvcbot.channels.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Proves to Zalo that this domain belongs to the app, before Zalo accepts a webhook URL on it (developers.zalo.me,
 * "Xác thực domain"). Either form Zalo offers works, and it works while the channel is still off (verification
 * comes first): {@code ZALO_DOMAIN_VERIFICATION} is the content of the meta tag, which is then served in the
 * home page's head (and as {@code /zalo_verifier<content>.html}); {@code ZALO_DOMAIN_VERIFICATION_FILE} is the
 * path of the HTML file Zalo offers for download, served byte for byte at {@code /<its file name>}.
 */
@RestController
@ConditionalOnExpression("'${dvc.zalo.domain-verification:}' != '' or '${dvc.zalo.domain-verification-file:}' != ''")
class ZaloDomainVerification {

    private static final Logger log = LoggerFactory.getLogger(ZaloDomainVerification.class);
    static final String META = "zalo-platform-site-verification";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{8,128}");
    private static final Pattern FILE_NAME = Pattern.compile("zalo_verifier[A-Za-z0-9_-]{1,128}\\.html");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final String code;
    private final String fileName;
    private final byte[] fileContent;
    private final String homePage;

    ZaloDomainVerification(@Value("${dvc.zalo.domain-verification:}") String code,
            @Value("${dvc.zalo.domain-verification-file:}") String file) {
        this.code = checkedCode(code.strip());
        Path path = file.isBlank() ? null : Path.of(file.strip());
        this.fileName = path == null ? "" : checkedFileName(path);
        this.fileContent = path == null ? new byte[0] : read(path);
        this.homePage = this.code.isEmpty() ? staticIndex() : withMeta(staticIndex(), this.code);
        log.info("Zalo domain verification served: {}{}", this.code.isEmpty() ? "" : "meta tag on the home page and "
                + "/zalo_verifier" + this.code + ".html", fileName.isEmpty() ? "" : " file /" + fileName);
    }

    /** The web chat's page, with the meta tag when there is one. */
    @GetMapping({"/", "/index.html"})
    ResponseEntity<String> home() {
        return ResponseEntity.ok().contentType(HTML).body(homePage);
    }

    @GetMapping("/{name:zalo_verifier[A-Za-z0-9_-]+\\.html}")
    ResponseEntity<?> file(@PathVariable String name) {
        if (!fileName.isEmpty() && name.equals(fileName)) {
            return ResponseEntity.ok().contentType(HTML).body(fileContent);
        }
        if (!code.isEmpty() && name.equals("zalo_verifier" + code + ".html")) {
            return ResponseEntity.ok().contentType(HTML).body(verifierPage(code));
        }
        return ResponseEntity.notFound().build();
    }

    /** The page with the meta tag as the first element of its head, where Zalo's checker looks for it. */
    static String withMeta(String page, String code) {
        String tag = "<meta name=\"" + META + "\" content=\"" + HtmlUtils.htmlEscape(code) + "\">";
        int head = page.indexOf("<head>");
        return head < 0 ? tag + page : page.substring(0, head + 6) + "\n  " + tag + page.substring(head + 6);
    }

    private static String verifierPage(String code) {
        return withMeta("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n  <meta charset=\"utf-8\">\n"
                + "  <title>Zalo domain verification</title>\n</head>\n<body></body>\n</html>\n", code);
    }

    private static String checkedCode(String code) {
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            throw new IllegalStateException("ZALO_DOMAIN_VERIFICATION must be the content of Zalo's meta tag "
                    + "(letters, digits, - and _), not the whole tag: " + code);
        }
        return code;
    }

    private static String checkedFileName(Path path) {
        String name = path.getFileName().toString();
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalStateException("ZALO_DOMAIN_VERIFICATION_FILE must be the file Zalo offers, named "
                    + "zalo_verifier….html: " + path);
        }
        return name;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read ZALO_DOMAIN_VERIFICATION_FILE " + path + ": " + e.getMessage(), e);
        }
    }

    private static String staticIndex() {
        try (InputStream in = ZaloDomainVerification.class.getResourceAsStream("/static/index.html")) {
            if (in == null) {
                return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n</head>\n<body></body>\n</html>\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
