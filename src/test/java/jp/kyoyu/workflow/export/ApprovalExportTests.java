package jp.kyoyu.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.Importance;

/** The three history exports and the two list exports, opened the way a user's program would open them. */
class ApprovalExportTests {

	static final String DEPUTY = "監督 花子（主任 太郎 の代理）";

	static final HistoryHeader HEADER = new HistoryHeader("中部地区 用排水路改修工事（その1）", "既設水路の撤去方法について",
			"工事打合せ簿", "承認済", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10),
			LocalDate.of(2026, 11, 9), Importance.IMPORTANT, true, LocalDate.of(2026, 11, 9));

	/** 2026-11-02 09:30 in Japan. */
	static final Instant SUBMITTED = Instant.parse("2026-11-02T00:30:00Z");

	static final List<ApprovalStep> STEPS = List.of(
			new ApprovalStep(SUBMITTED, "genba", "現場 一郎", null, null, ApprovalAction.SUBMIT, "ご確認ください"),
			new ApprovalStep(Instant.parse("2026-11-04T01:00:00Z"), "kantoku", "監督 花子", "shunin", "主任 太郎",
					ApprovalAction.APPROVE, "撤去範囲を図示のこと, 搬出経路は\"北側\"\n以上"),
			new ApprovalStep(Instant.parse("2026-11-05T06:15:00Z"), "sokatsu", "総括 次郎", null, null,
					ApprovalAction.APPROVE_AHEAD, "=課長不在のため先行承認"),
			new ApprovalStep(Instant.parse("2026-11-09T02:00:00Z"), "kacho", "課長 三郎", null, null,
					ApprovalAction.POST_REVIEWED, null));

	@Test
	void historyCsvHasBomJapaneseTextDeputyWordingAndQuotesAsRfc4180() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ApprovalHistoryCsv().write(HEADER, STEPS, out);
		byte[] bytes = out.toByteArray();

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv).contains("件名,既設水路の撤去方法について\r\n", "状態,承認済（後閲待ち）\r\n", "受付日,2026/11/04\r\n",
				"重要度,重要\r\n", "決裁完了日,2026/11/09\r\n");
		assertThat(csv).as("C4.17: the seed's words").doesNotContain("受理日");
		assertThat(csv).contains("日時,操作,操作者,操作者ID,代理元ID,コメント\r\n");
		assertThat(csv).contains("2026/11/02 09:30,提出,現場 一郎,genba,,ご確認ください\r\n");
		// Comma, quote and line break inside one cell: quoted, quotes doubled, the line break kept.
		assertThat(csv).contains("2026/11/04 10:00,承認," + DEPUTY + ",kantoku,shunin,"
				+ "\"撤去範囲を図示のこと, 搬出経路は\"\"北側\"\"\n以上\"\r\n");
		// A leading = is not a formula for the spreadsheet.
		assertThat(csv).contains(",先行承認（後閲依頼）,総括 次郎,sokatsu,,'=課長不在のため先行承認\r\n");
		assertThat(csv).endsWith("2026/11/09 11:00,後閲済み,課長 三郎,kacho,,\r\n");
	}

	@Test
	void historyExcelHasBoldTitlesRealDatesAndTheDeputy() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ApprovalHistoryExcel().write(HEADER, STEPS, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet("承認履歴");
			assertThat(sheet).isNotNull();
			Row received = row(sheet, "受付日");
			assertThat(workbook.getFontAt(received.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertRealDate(received.getCell(1), LocalDate.of(2026, 11, 4).atStartOfDay());
			assertThat(row(sheet, "状態").getCell(1).getStringCellValue()).isEqualTo("承認済（後閲待ち）");

			Row titles = row(sheet, "日時");
			assertThat(workbook.getFontAt(titles.getCell(5).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(titles.getCell(5).getStringCellValue()).isEqualTo("コメント");
			Row deputy = sheet.getRow(titles.getRowNum() + 2);
			assertRealDate(deputy.getCell(0), LocalDateTime.of(2026, 11, 4, 10, 0));
			assertThat(deputy.getCell(2).getStringCellValue()).isEqualTo(DEPUTY);
			assertThat(deputy.getCell(5).getStringCellValue()).contains("\"北側\"\n以上");
			Row postReview = sheet.getRow(titles.getRowNum() + 4);
			assertThat(postReview.getCell(1).getStringCellValue()).isEqualTo("後閲済み");
			assertThat(sheet.getColumnWidth(5)).as("comment column width").isGreaterThan(sheet.getColumnWidth(3) * 3);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (titles.getRowNum() + 1));
		}
	}

	@Test
	void historyPdfHasExtractableJapaneseWithDeputyAndPostReview() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ApprovalHistoryPdf().write(HEADER, STEPS, out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("承認履歴", "件名：既設水路の撤去方法について", "状態：承認済（後閲待ち）", "受付日：2026/11/04",
					"履歴（4件）", "2026/11/02 09:30　提出　現場 一郎", "2026/11/04 10:00　承認　" + DEPUTY, "以上",
					"先行承認（後閲依頼）　総括 次郎", "後閲済み　課長 三郎");
		}
	}

	@Test
	void longHistoryPdfContinuesOnNewPagesAndSurvivesCharactersTheFontLacks() throws IOException {
		List<ApprovalStep> steps = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			steps.add(new ApprovalStep(SUBMITTED.plusSeconds(3600L * i), "kantoku", "監督 花子", null, null,
					ApprovalAction.SEND_BACK_TO_PROPOSER, "差戻し理由その" + i + "：" + "図面の寸法を直してください。".repeat(8)
							+ " 🙇"));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ApprovalHistoryPdf().write(HEADER, steps, out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(pdf.getNumberOfPages());
			assertThat(lastPage.getText(pdf)).contains("差戻し理由その79", "〓");
		}
	}

	@Test
	void listCsvHasOneLinePerProposalWithAllDates() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ProposalListCsv().write(List.of(listRow(1), new ProposalRow("工事B", "件名, カンマ入り", "協議書", "閲覧中", null,
				null, null, null, Importance.NORMAL)), out);
		byte[] bytes = out.toByteArray();

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).containsExactly("工事・業務,件名,書類の種類,状態,重要度,回答希望日,受付日,回答予定日,中間処理・回答日,最終処理・回答日,決裁完了日",
				"中部地区 用排水路改修工事（その1）,打合せ 1,工事打合せ簿,承認中,重要,2026/12/01,2026/11/04,2026/11/20,,,",
				"工事B,\"件名, カンマ入り\",協議書,閲覧中,通常,,,,,,");
	}

	@Test
	void listExcelStreamsManyRowsWithBoldTitlesFilterAndRealDates() throws IOException {
		int count = 3000;
		Iterable<ProposalRow> rows = () -> java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(ApprovalExportTests::listRow)
			.iterator();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ProposalListExcel().write(rows, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet("書類一覧");
			Row titles = sheet.getRow(0);
			assertThat(titles.getCell(0).getStringCellValue()).isEqualTo("工事・業務");
			assertThat(titles.getCell(8).getStringCellValue()).isEqualTo("中間処理・回答日");
			assertThat(titles.getCell(9).getStringCellValue()).isEqualTo("最終処理・回答日");
			assertThat(titles.getCell(10).getStringCellValue()).as("C4.17").isEqualTo("決裁完了日");
			assertThat(workbook.getFontAt(titles.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(count);
			Row last = sheet.getRow(count);
			assertThat(last.getCell(1).getStringCellValue()).isEqualTo("打合せ " + count);
			assertThat(last.getCell(4).getStringCellValue()).isEqualTo("重要");
			assertRealDate(last.getCell(5), LocalDate.of(2026, 12, 1).atStartOfDay());
			assertRealDate(last.getCell(7), LocalDate.of(2026, 11, 20).atStartOfDay());
			assertThat(last.getCell(8)).as("no answer yet: empty cell").isNull();
			assertThat(last.getCell(9)).as("no answer yet: empty cell").isNull();
			assertThat(last.getCell(10)).as("not decided yet: empty cell").isNull();
			// the filter spans every column, the 決裁完了日 (K) included
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K" + (count + 1));
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(30 * 256);
		}
	}

	static ProposalRow listRow(int i) {
		return new ProposalRow("中部地区 用排水路改修工事（その1）", "打合せ " + i, "工事打合せ簿", "承認中", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 20), null, Importance.IMPORTANT);
	}

	private static Row row(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
				return row;
			}
		}
		throw new AssertionError("no row " + firstCell);
	}

	private static void assertRealDate(Cell cell, LocalDateTime expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as("shown as a date").isTrue();
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
	}
}
