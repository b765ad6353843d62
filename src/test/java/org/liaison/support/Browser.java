package org.liaison.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Selenium, pointed at the application under test. Every
 * wait is on a condition, with a generous timeout: the browser, the application and the database
 * share two cores in CI.
 */
public final class Browser {

    /** Where {@link #screenshot(String)} writes its pictures. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private String baseUrl = "http://localhost:8080";

    Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** The application's address, e.g. {@code http://localhost:} and the random port of the test. */
    public Browser at(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application and waits until it has loaded. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitUntilLoaded();
        return this;
    }

    /**
     * Signs in through the login form and waits until the browser has left it. Administrators,
     * committee members and anyone enrolled give a second factor as a person would: the first time
     * the browser reads the key off the enrolment page, types the authenticator's code and keeps
     * the recovery codes; afterwards it types the next code ({@link SecondFactorWallet}).
     */
    public Browser signIn(String username, String password) {
        open("/login");
        var user = visible(By.id("username"));
        user.clear();
        user.sendKeys(username);
        var secret = driver.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("#login-form [type=submit]")).click();
        waitUntil(d -> !path(d).equals("/login") || d.getCurrentUrl().contains("error")
                || d.getCurrentUrl().contains("throttled"));
        waitUntilLoaded();
        if (path(driver).equals("/account/second-factor") && !driver.findElements(By.id("totp-secret")).isEmpty()) {
            String key = SecondFactorWallet.secretIn(driver.getPageSource());
            typeCode(SecondFactorWallet.enrolmentCode(baseUrl, username, key), "#enrol-form");
            waitUntil(d -> !d.findElements(By.id("recovery-codes")).isEmpty());
            SecondFactorWallet.keep(baseUrl, username, SecondFactorWallet.recoveryCodesIn(driver.getPageSource()));
        } else if (path(driver).equals("/login/second-factor")) {
            typeCode(SecondFactorWallet.nextCode(baseUrl, username), "#second-factor-form");
            waitUntil(d -> !path(d).startsWith("/login"));
            waitUntilLoaded();
        }
        return this;
    }

    private void typeCode(String code, String form) {
        var field = visible(By.cssSelector(form + " [name=code]"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.cssSelector(form + " [type=submit]")).click();
        waitUntilLoaded();
    }

    private static String path(WebDriver driver) {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until an element is visible and returns it. */
    public WebElement visible(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until a condition holds; the condition may also act, e.g. reload a page. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the document is complete and htmx has no request running. */
    public void waitUntilLoaded() {
        waitUntil(d -> {
            var js = (JavascriptExecutor) d;
            return "complete".equals(js.executeScript("return document.readyState"))
                    && Boolean.TRUE.equals(js.executeScript(
                            "return !document.documentElement.classList.contains('is-loading')"));
        });
    }

    /**
     * What the browser's console reported since the last call at level WARNING or above, such as
     * scripts or styles the Content Security Policy refused, or failed requests.
     */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public String text(By locator) {
        return visible(locator).getText();
    }

    /** The language of the page, from {@code <html lang>}. */
    public String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /**
     * Saves a picture of the whole current page (up to 3000 pixels high) as
     * target/screenshots/{name}.png and returns its path.
     */
    public Path screenshot(String name) {
        var window = driver.manage().window();
        var size = window.getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            Object height = ((JavascriptExecutor) driver).executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight)");
            int pageHeight = height instanceof Number n ? n.intValue() : size.getHeight();
            window.setSize(new Dimension(size.getWidth(), Math.min(3000, Math.max(size.getHeight(), pageHeight + 140))));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        } finally {
            window.setSize(size);
        }
    }
}
