package vn.gialai.dvcbot.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (installed by .ci/run), headless, in Vietnamese; Selenium downloads nothing.
 * Where they are missing, a browser test is reported as skipped with the command that installs them; under CI
 * ({@code CI=true}) it fails instead, so CI never passes without having run it.
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static WebDriver open() {
        requireInstalled(CHROMIUM, DRIVER, System.getenv("CI"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Returns when both programs can be run; otherwise aborts the test (reported as skipped) or, under CI, fails it.
     *
     * @param ci the value of the {@code CI} environment variable, or null
     */
    static void requireInstalled(File chromium, File driver, String ci) {
        if (chromium.canExecute() && driver.canExecute()) {
            return;
        }
        String missing = "This browser test needs Debian's Chromium and its driver (" + chromium + ", " + driver
                + "): install them with `apt-get install chromium chromium-driver` (.ci/run does)";
        if ("true".equalsIgnoreCase(ci)) {
            throw new IllegalStateException(missing);
        }
        Assumptions.abort(missing);
    }

    /** Saves what the browser shows under target/, for people to look at after the run. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
