package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.Browser;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * E-3 (display 1024×768 and up) and E-4 (smartphones): the pages of the main journeys - login, home, board post,
 * proposal submit, approval, document upload, schedule - in headless Chromium at 1024×768 and at a phone's
 * 390×844. Nothing may be cut off (no side scrolling, every visible element inside the viewport's width unless
 * it sits in a box that scrolls on its own, such as a wide table) and no two controls may overlap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreenSizesBrowserIntegrationTests {

	/**
	 * Visible elements reaching past the viewport's right edge, outside any box that scrolls or clips sideways;
	 * then pairs of visible controls whose boxes overlap (neither inside the other).
	 */
	private static final String PROBLEMS = """
			const width = window.innerWidth;
			const problems = [];
			const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
			const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
			    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
			const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
			    return false; };
			if (document.documentElement.scrollWidth > width) problems.push('scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
			for (const e of document.body.querySelectorAll('*')) {
			  if (!visible(e) || clipped(e)) continue;
			  const r = e.getBoundingClientRect();
			  // Wholly left of the page (r.right <= 0) is the skip link's way of hiding until focused, not a cut.
			  if (r.right > width + 1 || (r.left < -1 && r.right > 0)) problems.push('outside: ' + name(e) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
			}
			const controls = [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a.button')].filter(visible);
			for (let i = 0; i < controls.length; i++) for (let j = i + 1; j < controls.length; j++) {
			  const a = controls[i], b = controls[j];
			  if (a.contains(b) || b.contains(a)) continue;
			  const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
			  const x = Math.min(p.right, q.right) - Math.max(p.left, q.left), y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
			  if (x > 2 && y > 2) problems.push('overlap: ' + name(a) + ' / ' + name(b));
			}
			return problems.slice(0, 20);
			""";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1024, 768", "390, 844" })
	void theMainJourneysFitTheScreen(int width, int height) throws Exception {
		long project = new ProjectFixtures(port).works("画面幅工事").member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT").create();
		browser.resize(width, height);
		assertThat(browser.script("return window.innerWidth")).as("viewport width").isEqualTo((long) width);

		java.util.List<String> problems = new java.util.ArrayList<>();
		browser.open(url("/login"));
		problems.addAll(check("login", width));
		browser.find("#username").sendKeys("genba");
		browser.find("#password").sendKeys(JsonApi.PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		for (String page : List.of("/", "/projects/" + project + "/board/new", "/projects/" + project + "/proposals/new",
				"/tasks", "/projects/" + project + "/approvals", "/projects/" + project + "/documents/new",
				"/projects/" + project + "/documents", "/schedule", "/schedule/events/new", "/projects/" + project)) {
			browser.open(url(page));
			browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main, h1")));
			problems.addAll(check(page, width));
		}
		assertThat(problems).as("at " + width + " px").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> check(String page, int width) {
		List<String> problems = (List<String>) browser.script(PROBLEMS);
		if (!problems.isEmpty()) {
			browser.screenshot("fit-" + width + page.replaceAll("[^a-z0-9]+", "-"));
		}
		return problems.stream().map(problem -> page + ": " + problem).toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
