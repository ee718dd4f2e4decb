package vn.gialai.dvcbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A team leader in a real browser (Debian's headless Chromium) adds a volunteer day to their team's schedule,
 * is told what to fix when a time is wrong, saves; a citizen then asks in the web chat page and sees that day.
 * Screenshots go to target/.
 */
@DvcBotIntegrationTest
class TeamScheduleBrowserIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TUY_PHUOC_BAC = "21964";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        StaffFixtures.ensure(accounts, encoder, "doi-truong", Role.TEAM_LEADER, TUY_PHUOC_BAC);
        browser = HeadlessChromium.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "teams-last.png");
            browser.quit();
        }
    }

    @Test
    void aLeaderAddsAVolunteerDayAndCitizensSeeIt() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(url("/teams"));
        browser.findElement(By.id("username")).sendKeys("doi-truong");
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.password("doi-truong"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/teams/" + TUY_PHUOC_BAC));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đội thanh niên tình nguyện xã Tuy Phước Bắc");

        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();
        fillFirstBlankRow(day, "7:30", "7:00", "Nhà văn hóa thôn Hòa Mỹ", "Ngày thứ bảy tình nguyện");
        browser.findElement(By.id("members")).sendKeys("Lê Văn Hùng – 0912345678");
        browser.findElement(By.cssSelector("#team-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(browser.findElement(By.id("problems")).getText()).contains("giờ kết thúc sau giờ bắt đầu");
        HeadlessChromium.screenshot(browser, "teams-problem.png");

        WebElement to = browser.findElements(By.name("to")).get(0);
        to.clear();
        to.sendKeys("11:00");
        browser.findElement(By.cssSelector("#team-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.ok"), "Đã lưu đội"));
        assertThat(browser.findElements(By.name("place")).get(0).getAttribute("value")).isEqualTo("Nhà văn hóa thôn Hòa Mỹ");
        assertThat(browser.findElement(By.id("members")).getAttribute("value")).isEqualTo("Lê Văn Hùng – 0912345678");
        HeadlessChromium.screenshot(browser, "teams-saved.png");

        browser.get(url("/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Xin chào"));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("input")));
        input.sendKeys("thứ bảy này ở xã Tuy Phước Bắc có ai hỗ trợ không");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Nhà văn hóa thôn Hòa Mỹ"));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains(LocalDate.parse(day).format(DateTimeFormatter.ofPattern("dd/MM")) + ", 07:30–11:00");
        HeadlessChromium.screenshot(browser, "teams-webchat.png");
    }

    private void fillFirstBlankRow(String date, String from, String to, String place, String kind) {
        List<WebElement> dates = browser.findElements(By.name("date"));
        int row = 0;
        while (!dates.get(row).getAttribute("value").isEmpty()) {
            row++;
        }
        dates.get(row).sendKeys(date);
        browser.findElements(By.name("from")).get(row).sendKeys(from);
        browser.findElements(By.name("to")).get(row).sendKeys(to);
        browser.findElements(By.name("place")).get(row).sendKeys(place);
        browser.findElements(By.name("kind")).get(row).sendKeys(kind);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
