package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.HeadlessChromium;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * An editor in a real browser (Debian's headless Chromium): finds an entry, changes its summary, sees the
 * preview, checks and publishes; a citizen then asks in the web chat page and gets the new answer.
 * Screenshots go to target/.
 */
@DvcBotIntegrationTest
class EditorBrowserIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NEW_SUMMARY =
            "Thẻ bảo hiểm y tế hộ gia đình: mua tại Bưu điện hoặc đại lý thu ở xã, đã cập nhật trong trình duyệt.";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        StaffFixtures.ensure(accounts, encoder, "thu", Role.EDITOR, null);
        browser = HeadlessChromium.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            screenshot("editor-last.png");
            browser.quit();
        }
    }

    @Test
    void anEditorChangesAnAnswerAndCitizensGetItWithoutARestart() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(url("/editor"));
        browser.findElement(By.id("username")).sendKeys("thu");
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.password("thu"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/editor"));

        browser.findElement(By.id("q")).sendKeys("bao hiem y te ho gia dinh", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.entries"), "hộ gia đình"));
        screenshot("editor-list.png");
        browser.findElement(By.cssSelector("a[href='/editor/entries/household-health-insurance']")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        summary.clear();
        summary.sendKeys(NEW_SUMMARY);
        browser.findElement(By.cssSelector("#entry-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "bản nháp"));
        assertThat(browser.findElement(By.cssSelector(".channel-zalo")).getText()).contains(NEW_SUMMARY)
                .contains("Bà con gõ số thứ tự");
        assertThat(browser.findElement(By.cssSelector(".channel-web")).getText()).contains(NEW_SUMMARY);
        assertThat(browser.findElement(By.cssSelector(".channel-telegram")).getText()).contains(NEW_SUMMARY);
        screenshot("editor-entry.png");

        browser.findElement(By.cssSelector("button[hx-get$='/check']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-result"), "câu hỏi mẫu"));
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "Đã xuất bản"));

        browser.get(url("/"));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("input")));
        input.sendKeys("bảo hiểm y tế hộ gia đình");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "đã cập nhật trong trình duyệt"));
        screenshot("editor-webchat.png");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
