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

	/** 並べて表示 from {@code file://} at 1280x800: two PDFs chosen from the tree and the search, both panes in view. */
	@Test
	void twoPdfsSideBySideFromALocalFolder() throws Exception {
		ExportTree tree = new ExportTree(List.of(folder(1, "施工計画", List.of(),
				document(1, "施工計画書", file("施工計画書.pdf", pdf())), document(2, "出来形図", file("出来形図.pdf", pdf())),
				document(3, "数量表", file("数量表.xlsx", "数量")))));
		Path site = dir.resolve("並べて");
		try (DirectorySink sink = new DirectorySink(site)) {
			InspectionPackage.write("南幌地区 用水路改修工事", tree, sink,
					Clock.fixed(Instant.parse("2027-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo")), Progress.NONE);
		}
		browser.resize(1280, 800);
		browser.open(site.resolve("index.html").toUri().toString());
		browser.find("#side-by-side").click();
		browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("project"), "並べて表示"));
		assertThat(browser.find("#tree").getText()).contains("施工計画", "施工計画書", "出来形図", "数量表");

		browser.driver().findElement(By.xpath("//li[span='施工計画書']//button[text()='左に']")).click();
		browser.find("#search").sendKeys("出来形");
		browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results button.to-right")));
		browser.find("#results button.to-right").click();

		assertThat(browser.find("#pane-left iframe").getAttribute("src")).endsWith(".pdf");
		assertThat(browser.find("#pane-right iframe").getAttribute("src")).endsWith(".pdf");
		assertThat(browser.find("#pane-left .title").getText()).isEqualTo("施工計画書 / 施工計画書.pdf");
		assertThat(browser.find("#pane-right .title").getText()).isEqualTo("出来形図 / 出来形図.pdf");
		for (String frame : List.of("#pane-left iframe", "#pane-right iframe")) {
			assertThat(browser.script("var r = document.querySelector('" + frame + "').getBoundingClientRect();"
					+ " return r.width > 200 && r.height > 150 && r.left >= 0 && r.top >= 0"
					+ " && r.right <= window.innerWidth && r.bottom <= window.innerHeight;")).as(frame).isEqualTo(true);
		}
		assertThat(browser.script("return document.querySelector('#pane-left').getBoundingClientRect().right"
				+ " <= document.querySelector('#pane-right').getBoundingClientRect().left")).as("side by side").isEqualTo(true);

		new org.openqa.selenium.support.ui.Select(browser.find("#choose-left")).selectByVisibleText("数量表 / 数量表.xlsx");
		assertThat(browser.find("#pane-left").getText()).contains("ブラウザで表示できません", "数量表.xlsx");
		assertThat(browser.driver().findElements(By.cssSelector("#pane-left iframe"))).isEmpty();
	}

	private static byte[] pdf() throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}
}
