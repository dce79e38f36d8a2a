package jp.kyoyu.delivery;

import static jp.kyoyu.delivery.Trees.document;
import static jp.kyoyu.delivery.Trees.file;
import static jp.kyoyu.delivery.Trees.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jp.kyoyu.support.Browser;

/**
 * The offline inspection package opened from {@code file://} in headless Chromium with no server: the tree
 * shows, a document shows its approval record, the title search finds documents, and two documents open in
 * two new tabs (side by side), with their own bytes.
 */
class InspectionPackageBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@TempDir
	Path dir;

	@Test
	void inspectorBrowsesSearchesAndOpensTwoDocumentsFromALocalFolder() throws Exception {
		ExportTree tree = new ExportTree(List.of(
				folder(1, "打合せ簿", List.of(folder(2, "協議 #1", List.of(),
						document(1, "床掘り深さの協議", file("協議書 50%.txt", "協議の本文")))),
						document(2, "材料承諾願（生コン）", file("材料承諾願.txt", "材料の本文"))),
				folder(3, "写真", List.of(), document(3, "着手前 全景", file("全景.txt", "写真の本文")))));
		Path site = dir.resolve("検査用");
		try (DirectorySink sink = new DirectorySink(site)) {
			InspectionPackage.write("南幌地区 用水路改修工事", tree, sink,
					Clock.fixed(Instant.parse("2027-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo")), Progress.NONE);
		}
		assertThat(Files.readString(site.resolve("assets/data.js"))).doesNotContain("http").matches("\\p{ASCII}*");

		browser.open(site.resolve("index.html").toUri().toString());
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("project"), "南幌地区 用水路改修工事"));
		String tree1 = browser.find("#tree").getText();
		assertThat(tree1).contains("打合せ簿", "協議 #1", "床掘り深さの協議", "材料承諾願（生コン）", "写真", "着手前 全景");
		assertThat(browser.driver().findElements(By.cssSelector("#tree details details"))).hasSize(1);

		browser.driver().findElement(By.xpath("//button[text()='床掘り深さの協議']")).click();
		assertThat(browser.find("#approvals").getText()).contains("監督 一郎", "主任 次郎", "総括 三郎 の代理", "主任監督員", "2026/05/03 16:40");
		String first = browser.driver().getWindowHandle();
		WebElement link = browser.driver().findElement(By.linkText("協議書 50%.txt"));
		assertThat(link.getAttribute("target")).isEqualTo("_blank");
		link.click();

		browser.find("#search").sendKeys("全景");
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results button.doc")));
		assertThat(browser.find("#results").getText()).contains("着手前 全景").doesNotContain("床掘り");
		browser.find("#results button.doc").click();
		browser.driver().findElement(By.linkText("全景.txt")).click();

		browser.await(driver -> driver.getWindowHandles().size() == 3);
		List<String> opened = new ArrayList<>();
		for (String handle : browser.driver().getWindowHandles()) {
			if (!handle.equals(first)) {
				browser.driver().switchTo().window(handle);
				opened.add(browser.driver().getCurrentUrl() + " " + browser.pageText());
			}
		}
		assertThat(opened).anySatisfy(page -> assertThat(page).startsWith("file://").contains("協議の本文"))
			.anySatisfy(page -> assertThat(page).contains("写真の本文"));
	}
}
