package jp.kyoyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectSummary;
import jp.kyoyu.support.Browser;

/**
 * The schedule journeys in a real browser: the supervisor registers one inspection tour for both projects and
 * reads the week of both projects' people on one screen; the works contractor sees the supervisor's
 * service-project event only as 予定あり.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleBrowserIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	static final String SERVICE = "中部地区 農地整備事業 測量設計業務委託";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ScheduleManagement schedule;

	@Autowired
	ProjectManagement projects;

	@Test
	void kantokuRegistersATourForBothProjectsAndReadsTheWeekOfBothProjectsOnOneScreen() {
		String genbaEvent = unique("搬入立会");
		String tantoEvent = unique("測量成果打合せ");
		schedule.create(new EventInput(genbaEvent, "2026-12-22T10:00", "2026-12-22T11:00", false, null, null,
				List.of(projectId(WORKS)), false), "genba");
		schedule.create(new EventInput(tantoEvent, "2026-12-23T14:00", "2026-12-23T15:00", false, null, null,
				List.of(projectId(SERVICE)), false), "tanto");

		logIn("kantoku");
		browser.open(url("/schedule/events/new?date=2026-12-24"));
		String tour = unique("現地巡回（両工区）");
		browser.find("#title").sendKeys(tour);
		setValue("input[name=startTime]", "09:30");
		setValue("input[name=endTime]", "16:00");
		// Tick exactly the two demo projects: other tests in the shared database add kantoku to projects of theirs.
		List<String> demoProjects = List.of(String.valueOf(projectId(WORKS)), String.valueOf(projectId(SERVICE)));
		for (WebElement project : browser.driver().findElements(By.cssSelector("input[name=projectIds]"))) {
			if (demoProjects.contains(project.getAttribute("value"))) {
				project.click();
			}
		}
		browser.screenshot("schedule-form");
		browser.find("form.event-form button[type=submit]").click();
		browser.await(ExpectedConditions.urlContains("/schedule?view=week"));
		assertThat(browser.find("p.notice").getText()).contains(tour, "2件の工事・業務に登録しました");
		assertThat(browser.driver().findElements(By.cssSelector(".entry"))).as("the two project copies are one appointment")
			.filteredOn(entry -> entry.getText().contains(tour))
			.hasSize(1);
		browser.screenshot("schedule-week");
		browser.open(url("/schedule?view=month&date=2026-12-24"));
		assertThat(browser.find("td.today, td.sat, td.sun").isDisplayed()).isTrue();
		assertThat(browser.pageText()).containsOnlyOnce(tour);
		browser.screenshot("schedule-month");

		browser.find("a[href='/schedule/overview']").click();
		browser.await(ExpectedConditions.urlContains("/schedule/overview"));
		browser.open(url("/schedule/overview?view=week&date=2026-12-22"));
		assertThat(browser.find("h1").getText()).contains("メンバーの予定", "2026/12/20"); // the one date style (issue #22)
		assertThat(cellTexts("kantoku")).filteredOn(text -> text.contains(tour)).hasSize(1);
		assertThat(String.join(" ", cellTexts("genba"))).contains(genbaEvent, "10:00–11:00");
		assertThat(String.join(" ", cellTexts("tanto"))).contains(tantoEvent);
		assertThat(browser.pageText()).contains("伊藤 現", "田中 担", "渡辺 業", "高橋 監子");
		browser.screenshot("schedule-overview-week");

		// Only the works project: its people and its events, the service ones gone.
		browser.find("input[name=projectId][value='" + projectId(SERVICE) + "']").click();
		browser.find("form.filters button[type=submit]").click();
		browser.await(ExpectedConditions.urlContains("projectId=" + projectId(WORKS)));
		assertThat(browser.pageText()).contains(genbaEvent, tour).doesNotContain(tantoEvent, "田中 担");
	}

	@Test
	void genbaSeesKantokusServiceProjectEventOnlyAsBusy() {
		String secret = unique("業務の中間打合せ");
		String shared = unique("工事の段階確認");
		// Place and memo are unique too: other tests of the shared database name projects with ordinary words.
		String place = unique("南野町 公民館");
		String memo = unique("成果品の確認");
		schedule.create(new EventInput(secret, "2026-12-29T13:00", "2026-12-29T15:00", false, place, memo,
				List.of(projectId(SERVICE)), false), "kantoku");
		schedule.create(new EventInput(shared, "2026-12-29T09:00", "2026-12-29T10:00", false, null, null,
				List.of(projectId(WORKS)), false), "kantoku");

		logIn("genba");
		browser.open(url("/schedule/overview?view=week&date=2026-12-29"));
		String kantokuRow = String.join(" ", cellTexts("kantoku"));
		assertThat(kantokuRow).contains(shared, "09:00–10:00", "予定あり", "13:00–15:00");
		assertThat(browser.pageText()).doesNotContain(secret, place, memo);
		assertThat(browser.driver().getPageSource()).doesNotContain(secret, place, memo);
		assertThat(browser.driver().findElements(By.cssSelector("tr[data-user=kantoku] .entry.busy"))).isNotEmpty()
			.allSatisfy(busy -> assertThat(busy.getTagName()).as("busy time links nowhere").isEqualTo("span"));
		browser.screenshot("schedule-overview-genba");
	}

	@Test
	void schedulePagesFitAPhoneWithoutSideScrolling() {
		browser.resize(390, 844);
		logIn("kantoku");
		for (String path : List.of("/schedule", "/schedule?view=week", "/schedule/overview", "/schedule/overview?view=month",
				"/schedule/events/new", "/schedule/import")) {
			browser.open(url(path));
			Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).as("page width of " + path + " at 390 px").isLessThanOrEqualTo(390);
		}
		browser.open(url("/schedule/overview"));
		browser.screenshot("schedule-overview-phone");
	}

	private List<String> cellTexts(String userId) {
		return browser.driver().findElements(By.cssSelector("tr[data-user=" + userId + "] td")).stream()
			.map(WebElement::getText)
			.toList();
	}

	private void setValue(String selector, String value) {
		browser.script("document.querySelector(\"" + selector + "\").value = '" + value + "'");
	}

	private void logIn(String userId) {
		browser.open(url("/login"));
		browser.find("#username").clear();
		browser.find("#username").sendKeys(userId);
		browser.find("#password").sendKeys(PASSWORD);
		browser.find("button[type=submit]").click();
		browser.await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private long projectId(String name) {
		return projects.projectsOf("kantoku").stream().filter(p -> p.name().equals(name)).findFirst()
			.map(ProjectSummary::id).orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}
}
