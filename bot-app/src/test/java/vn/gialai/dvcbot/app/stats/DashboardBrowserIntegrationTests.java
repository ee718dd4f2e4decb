package vn.gialai.dvcbot.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.testing.SettableClock;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.HeadlessChromium;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * The dashboard in a real browser (Debian's headless Chromium): an admin sees a day's figures, the Chart.js charts
 * drawn, the most asked entry linked into the editor, and sorts the communes; on a phone's width nothing runs off
 * the screen; a team leader sees only their commune; a volunteer is refused; the monthly report prints one page
 * per month. Screenshots (and the printed report) go to target/.
 */
@DvcBotIntegrationTest
@Import(StatsTestClock.class)
class DashboardBrowserIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant DAY = Instant.parse("2026-03-20T03:00:00Z");
    private static final String RANGE = "?from=2026-03-20&to=2026-03-20";
    private static final String AN_NHON = "21910";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SettableClock clock;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        StaffFixtures.ensure(accounts, encoder, "db-quantri", Role.ADMIN, null);
        StaffFixtures.ensure(accounts, encoder, "db-doitruong", Role.TEAM_LEADER, AN_NHON);
        StaffFixtures.ensure(accounts, encoder, "db-tnv", Role.VOLUNTEER, AN_NHON);
        browser = HeadlessChromium.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "dashboard-last.png");
            browser.quit();
        }
    }

    @Test
    void anAdminReadsTheDayAtAGlanceOnADeskAndOnAPhone() throws IOException {
        playTheDay();
        WebDriverWait wait = signIn("db-quantri", "/admin/dashboard" + RANGE);

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Thống kê hỏi đáp thủ tục");
        assertThat(text("#fig-handoffs .value")).isEqualTo("1");
        assertThat(text("#fig-conversations .value")).isEqualTo("3");
        assertThat(text("#fig-containment .value")).isEqualTo("33,3 %");
        assertThat(text("#fig-wait .value")).isEqualTo("1 phút 30 giây");
        assertThat(text("#fig-rating .value")).isEqualTo("4,0");
        for (String chart : List.of("chart-volumes", "chart-containment", "chart-waits", "chart-ratings")) {
            wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-drawn", "true"));
        }
        WebElement top = browser.findElement(By.cssSelector("#top-entries a"));
        assertThat(top.getText()).isEqualTo("Đăng ký khai sinh");
        assertThat(top.getAttribute("href")).endsWith("/editor/entries/birth-registration");

        List<WebElement> rows = browser.findElements(By.cssSelector("#communes tbody tr"));
        assertThat(rows).hasSize(135);
        assertThat(rows.get(0).findElement(By.tagName("td")).getText()).isEqualTo("Phường An Nhơn");
        WebElement requests = browser.findElements(By.cssSelector("#communes th button")).get(1);
        requests.click();
        requests.click();
        assertThat(requests.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.findElement(By.cssSelector("#communes tbody tr:last-child td")).getText())
                .isEqualTo("Phường An Nhơn");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        HeadlessChromium.screenshot(browser, "dashboard-desktop.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("chart-volumes"), "data-drawn", "true"));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        HeadlessChromium.screenshot(browser, "dashboard-phone.png");
    }

    @Test
    void aTeamLeaderSeesOnlyTheirCommuneAndAVolunteerIsRefused() throws IOException {
        playTheDay();
        signIn("db-doitruong", "/admin/dashboard" + RANGE);

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Phường An Nhơn");
        assertThat(browser.findElements(By.id("commune"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#communes tbody tr"))).hasSize(1);
        assertThat(text("#fig-handoffs .value")).isEqualTo("1");
        assertThat(text("#fig-conversations .value")).isEqualTo("—");
        HeadlessChromium.screenshot(browser, "dashboard-team-leader.png");

        Http volunteer = StaffFixtures.signedIn(port, "db-tnv");
        assertThat(volunteer.get("/admin/dashboard").status()).isEqualTo(403);
    }

    @Test
    void theMonthlyReportPrintsOnePagePerMonth() throws IOException {
        playTheDay();
        signIn("db-quantri", "/admin/dashboard/monthly?from=2026-02&to=2026-03");

        List<WebElement> months = browser.findElements(By.cssSelector("section.month"));
        assertThat(months).hasSize(2);
        assertThat(months.get(1).findElement(By.tagName("h1")).getText())
                .isEqualTo("Báo cáo hỏi đáp thủ tục hành chính – Tháng 3/2026");
        // Other tests of this application may have added to March: only what this test is sure of.
        assertThat(months.get(1).getText()).contains("01/03/2026 – 20/03/2026").contains("Đăng ký khai sinh: ")
                .contains("Yêu cầu gặp tình nguyện viên");
        assertThat(months.get(0).getText()).contains("01/02/2026 – 28/02/2026").contains("Chưa có câu trả lời nào");
        HeadlessChromium.screenshot(browser, "dashboard-monthly.png");

        Pdf pdf = ((PrintsPage) browser).print(new PrintOptions());
        String printed = new String(Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(printed).results().count()).isEqualTo(2);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "dashboard-monthly.pdf"),
                Base64.getDecoder().decode(pdf.getContent()));
    }

    /** Three citizens on 20 March: an answer, a miss, and one helped by a volunteer after a 90 s wait (4 stars). */
    private synchronized void playTheDay() {
        Http http = new Http(port);
        Http admin = new Http(port);
        if (admin.get("/api/admin/stats" + RANGE, StaffFixtures.basic("db-quantri")).json().get("totals")
                .get("handoffs").asLong() > 0) {
            return;
        }
        clock.set(DAY);
        say(http, session(http), "làm giấy khai sinh cho em bé mới sinh ở đâu");
        say(http, session(http), "What is the weather in Paris?");
        String helped = session(http);
        say(http, helped, "gặp tình nguyện viên, tôi ở phường An Nhơn");
        String id = null;
        for (JsonNode ticket : http.get("/api/handoff/tickets?status=waiting", StaffFixtures.basic("db-tnv")).json()) {
            if ("Phường An Nhơn".equals(ticket.get("commune").asString(""))) {
                id = ticket.get("id").asString();
            }
        }
        assertThat(id).as("the citizen's waiting ticket").isNotNull();
        clock.advance(Duration.ofSeconds(90));
        http.post("/api/handoff/tickets/" + id + "/claim", "", StaffFixtures.basic("db-tnv"));
        clock.advance(Duration.ofMinutes(4));
        http.post("/api/handoff/tickets/" + id + "/close", "{\"resolution\":\"answered\"}", StaffFixtures.basic("db-tnv"));
        say(http, helped, "4");
        await().atMost(WAIT).until(() -> admin.get("/api/admin/stats" + RANGE, StaffFixtures.basic("db-quantri"))
                .json().get("totals").get("ratings").asLong() == 1);
    }

    private WebDriverWait signIn(String username, String path) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get("http://127.0.0.1:" + port + path);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.password(username));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/dashboard"));
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        return wait;
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static String session(Http http) {
        return http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
    }

    private static void say(Http http, String session, String text) {
        assertThat(http.post("/api/webchat/sessions/" + session + "/messages", Http.json(Map.of("text", text)))
                .status()).isEqualTo(200);
    }
}
