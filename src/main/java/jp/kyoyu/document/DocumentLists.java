package jp.kyoyu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The document list as a file (C5.7): CSV in UTF-8 with a BOM (Excel opens it with the Japanese intact) and
 * .xlsx written row by row (POI's streaming workbook keeps 100 rows in memory). Same columns in both.
 */
@Component
public class DocumentLists {

	static final List<String> HEADERS = List.of("フォルダ", "件名", "区分", "日付", "作成者", "状態", "ファイル", "承認記録",
			"登録日時", "書類ID");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	public void csv(List<DocumentView> documents, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writer.write(line(HEADERS));
		for (DocumentView document : documents) {
			writer.write(line(cells(document).stream().map(DocumentLists::defused).toList()));
		}
		writer.flush();
	}

	public void xlsx(List<DocumentView> documents, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet("書類一覧");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (DocumentView document : documents) {
				Row row = sheet.createRow(r++);
				List<String> cells = cells(document);
				for (int i = 0; i < cells.size(); i++) {
					row.createCell(i).setCellValue(cells.get(i)); // text cells: nothing is ever a formula
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** The approval record in one line, e.g. {@code 2026/06/03 10:00 承認 監督 太郎（代理: 主任 次郎）「了解」}. */
	public static String record(List<ApprovalEntry> record) {
		return record.stream().map(DocumentLists::step).collect(Collectors.joining(" / "));
	}

	public static String step(ApprovalEntry entry) {
		StringBuilder text = new StringBuilder(MINUTE.format(entry.at().atZone(JAPAN))).append(' ')
			.append(entry.actionLabel()).append(' ').append(nullToEmpty(entry.actorName()));
		if (entry.byProxy()) {
			text.append("（").append(nullToEmpty(entry.onBehalfOfName())).append(" の代理）");
		}
		if (entry.comment() != null && !entry.comment().isBlank()) {
			text.append("「").append(entry.comment().strip()).append("」");
		}
		return text.toString();
	}

	private static List<String> cells(DocumentView d) {
		return List.of(d.folderPath(), d.title(), d.category(), DAY.format(d.date()), d.authorName(), d.status().label(),
				d.files().stream().map(DocumentFile::name).collect(Collectors.joining(" / ")), record(d.approvalRecord()),
				MINUTE.format(d.createdAt().atZone(JAPAN)), String.valueOf(d.id()));
	}

	private static String line(List<String> cells) {
		return cells.stream().map(DocumentLists::quoted).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String quoted(String cell) {
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	/** A cell starting like a formula would run in a spreadsheet opening the CSV; a leading quote makes it text. */
	private static String defused(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
