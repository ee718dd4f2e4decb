package vn.gialai.dvcbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.handoff.HandoffDesk;
import vn.gialai.dvcbot.core.handoff.TicketStatus;
import vn.gialai.dvcbot.testing.DvcBotIntegrationTest;
import vn.gialai.dvcbot.testing.HeadlessChromium;
import vn.gialai.dvcbot.testing.Http;
import vn.gialai.dvcbot.testing.StaffFixtures;

/**
 * A volunteer in a real browser (Debian's headless Chromium): signs in, sees a new request appear live,
 * claims it, replies, and closes it; the citizen's web chat receives the reply and the rating question.
 * Screenshots go to target/.
 */
@DvcBotIntegrationTest
class ConsoleBrowserIntegrationTests {

    private static final Duration LIVE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    HandoffDesk desk;
    private WebDriver browser;
    private Http http;

    @BeforeEach
    void openBrowser() {
        StaffFixtures.ensure(accounts, encoder, "hoa", Role.VOLUNTEER, "23575");
        http = new Http(port);
        browser = HeadlessChromium.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            screenshot("console-last.png");
            browser.quit();
        }
    }

    @Test
    void aVolunteerSeesANewRequestLiveClaimsItRepliesAndClosesIt() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, LIVE);
        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("hoa");
        browser.findElement(By.id("password")).sendKeys(StaffFixtures.password("hoa"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/console"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "trực tiếp"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), "Đang chờ"));

        String session = http.post("/api/webchat/sessions", "").json().get("sessionId").asString();
        say(session, "gặp tình nguyện viên");
        say(session, "pleiku");

        String id = desk.list(TicketStatus.WAITING).stream()
                .filter(t -> t.ticket().conversation().chatId().equals(session)).findFirst().orElseThrow().id();
        By row = By.cssSelector("li.ticket.team[data-ticket='" + id + "']");
        // The live queue re-renders rows as events arrive: read the row afresh each time.
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(row).getText();
            return text.contains("Phường Pleiku") && text.contains("Đội mình") && text.contains("Đã chờ");
        });
        assertThat(browser.getTitle()).matches("\\(\\d+\\) Hàng chờ.*");
        screenshot("console-queue.png");

        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(row).findElement(By.cssSelector("form.claim button")).click();
            return true;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")));
        assertThat(browser.findElement(By.cssSelector(".ticket-head")).getText()).contains("Đang hỗ trợ");
        browser.findElement(By.id("reply-text")).sendKeys("Chào chị, em là Hoa, tình nguyện viên phường Pleiku ạ.");
        browser.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-box"), "em là Hoa"));

        await().atMost(LIVE).until(() -> lastMessage(session).get("from").asString().equals("volunteer"));
        assertThat(lastMessage(session).get("text").asString()).contains("em là Hoa");
        say(session, "dạ cảm ơn em");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-box"), "dạ cảm ơn em"));
        screenshot("console-ticket.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("console-ticket-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        new Select(browser.findElement(By.id("resolution"))).selectByValue("answered");
        browser.findElement(By.cssSelector(".close-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã kết thúc yêu cầu"));

        assertThat(lastMessage(session).get("choices")).hasSize(5);
        JsonNode answer = say(session, "làm giấy khai sinh cho em bé mới sinh ở đâu");
        assertThat(answer.get(0).get("kind").asString()).isEqualTo("answer");
    }

    private JsonNode say(String session, String text) {
        return http.post("/api/webchat/sessions/" + session + "/messages", Http.json(Map.of("text", text)))
                .json().get("replies");
    }

    private JsonNode lastMessage(String session) {
        JsonNode messages = http.get("/api/webchat/sessions/" + session + "/messages?after=0").json().get("messages");
        return messages.get(messages.size() - 1);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
