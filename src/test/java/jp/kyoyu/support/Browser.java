package jp.kyoyu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, one fresh browser (own profile, no cookies)
 * per test. Register with {@code @RegisterExtension final Browser browser = new Browser();}. A failing test
 * leaves a screenshot in {@code target/screenshots/}, so a CI failure can be looked at.
 * <p>
 * Paths are fixed and Selenium Manager is never asked: this machine may not download browsers or drivers.
 * Without Chromium the tests are skipped locally, but fail on CI (where {@code .ci/run} installs it).
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Chromium's UI language ({@code --lang}) and the languages it asks sites for ({@code Accept-Language}). */
	private final String language;

	private final String acceptLanguages;

	private WebDriver driver;

	private Path profile;

	/** A browser whose user prefers Japanese, like Kyoyu's users. */
	public Browser() {
		this("ja-JP", "ja");
	}

	private Browser(String language, String acceptLanguages) {
		this.language = language;
		this.acceptLanguages = acceptLanguages;
	}

	/** A browser whose user prefers another language ({@code en-US}): for what Kyoyu shows whatever the browser says. */
	public static Browser preferring(String language) {
		return new Browser(language, language);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must provide " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian packages chromium and chromium-driver, installed by .ci/run)");
		}
		Assumptions.assumeTrue(installed, "Browser tests need Debian's chromium and chromium-driver; skipped");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profile = Files.createTempDirectory("kyoyu-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options(profile, language, acceptLanguages));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	private static ChromeOptions options(Path profile, String language, String acceptLanguages) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The background-networking flags keep Chromium from calling out: this machine has no network but
		// the package registries, and refused connections slow every start.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=" + language, "--window-size=1024,768", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
		return options;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (driver != null) {
			try {
				Path shot = screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
				failure.addSuppressed(new IllegalStateException("Screenshot of the failure: " + shot.toAbsolutePath()
						+ " (page " + driver.getCurrentUrl() + ")"));
			}
			catch (RuntimeException e) {
				failure.addSuppressed(e);
			}
		}
		throw failure;
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			profile = null;
		}
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String url) {
		driver.get(url);
	}

	public WebElement find(String cssSelector) {
		return driver.findElement(By.cssSelector(cssSelector));
	}

	/** Waits up to 30 s (2 cores, a cold JIT) for the condition; answers its value. */
	public <T> T await(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
	}

	public String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

	/** The size of the viewport, which is what a page's layout sees. */
	public void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Saves a PNG of the visible page as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
			return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
