package org.liaison.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Gives browser tests a {@link Browser}: the system's headless Chromium and its chromedriver, both
 * named explicitly so Selenium Manager never downloads anything. One browser per test class, with
 * a fresh profile; cookies and the console log are cleared before each test.
 *
 * <p>Without Chromium the tests are skipped with the reason and the fix, except in CI
 * ({@code CI=true}), where nothing may be skipped: there they fail. The paths can be changed with
 * the system properties or environment variables {@code liaison.chromium} / {@code CHROMIUM} and
 * {@code liaison.chromedriver} / {@code CHROMEDRIVER}.
 */
public final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    static final String MISSING = "Chromium not found: apt-get install chromium chromium-driver";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || isCi()) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium() + ", chromedriver at " + chromedriver());
        }
        String reason = MISSING + " (looked for " + chromium() + " and " + chromedriver() + ")";
        if (context.getTestMethod().isEmpty()) {
            // Surefire shows skips only as a count: say why once per class, where people look.
            System.err.println("[WARNING] " + context.getDisplayName() + " skipped: " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!installed()) {
            throw new IllegalStateException(MISSING + " (CI=true, so browser tests may not be skipped; looked for "
                    + chromium() + " and " + chromedriver() + ")");
        }
        context.getStore(NAMESPACE).computeIfAbsent(Session.class, k -> Session.start(), Session.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var browser = session(context).browser;
        browser.driver().manage().deleteAllCookies();
        browser.consoleProblems();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            session(context).browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context).browser;
    }

    private static Session session(ExtensionContext context) {
        var session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session == null) {
            throw new IllegalStateException("The browser starts before all tests of a class: use @ExtendWith on the class");
        }
        return session;
    }

    static boolean installed() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static Path chromium() {
        return Path.of(setting("liaison.chromium", "CHROMIUM", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(setting("liaison.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A running chromedriver and browser with its own profile folder, ended after the test class. */
    record Session(ChromeDriverService service, Browser browser, Path profile) implements AutoCloseable {

        static Session start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("liaison-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().toFile())
                    .usingAnyFreePort()
                    .withLogFile(new File("target/chromedriver.log"))
                    .build();
            var options = new ChromeOptions();
            options.setBinary(chromium().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                    "--lang=en-US", "--window-size=1280,1000", "--user-data-dir=" + profile);
            options.setPageLoadTimeout(Duration.ofSeconds(60));
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                service.stop();
                delete(profile);
                throw e;
            }
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new Session(service, new Browser(driver), profile);
        }

        @Override
        public void close() {
            try {
                browser.driver().quit();
            } finally {
                service.stop();
                delete(profile);
            }
        }

        private static void delete(@Nullable Path folder) {
            if (folder == null) {
                return;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
