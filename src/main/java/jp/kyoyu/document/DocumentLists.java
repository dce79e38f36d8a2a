package jp.kyoyu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.CsvWriter;
import jp.kyoyu.shared.export.ExcelWriter;

/**
 * The document list as a file (C5.7): CSV in UTF-8 with a BOM (Excel opens it with the Japanese intact), every
 * cell quoted, and .xlsx written row by row (the streaming workbook keeps {@value #ROWS_IN_MEMORY} rows in memory).
 * Same columns in both, all as text (dates as on the page, e.g. 2026/06/03).
 */
@Component
public class DocumentLists {


	static final int ROWS_IN_MEMORY = 100;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	public void csv(List<DocumentView> documents, OutputStream out) throws IOException {
		CsvWriter csv = new CsvWriter(out, CsvWriter.Quoting.EVERY_CELL);
		csv.row(headers());
		for (DocumentView document : documents) {
			csv.row(cells(document));
		}
		csv.flush();
	}

	public void xlsx(List<DocumentView> documents, OutputStream out) throws IOException {
		try (ExcelWriter excel = ExcelWriter.streaming(ROWS_IN_MEMORY)) {
			Sheet sheet = excel.sheet(Wording.japanese("document.list.name"));
			excel.titles(sheet.createRow(0), headers());
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (DocumentView document : documents) {
				Row row = sheet.createRow(r++);
				List<String> cells = cells(document);
				for (int i = 0; i < cells.size(); i++) {
					excel.text(row, i, cells.get(i));
				}
			}
			excel.write(out);
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
			text.append(Wording.japanese("document.list.on-behalf-of", nullToEmpty(entry.onBehalfOfName())));
		}
		if (entry.comment() != null && !entry.comment().isBlank()) {
			text.append("「").append(entry.comment().strip()).append("」");
		}
		return text.toString();
	}

	/** The column headings, Japanese like the rest of the file whoever downloads it (the file is passed on). */
	static List<String> headers() {
		return List.of(Wording.japanese("document.list.headers").split(","));
	}

	private static List<String> cells(DocumentView d) {
		return List.of(d.folderPath(), d.title(), d.category(), DAY.format(d.date()), d.authorName(), d.status().label(),
				d.files().stream().map(DocumentFile::name).collect(Collectors.joining(" / ")), record(d.approvalRecord()),
				MINUTE.format(d.createdAt().atZone(JAPAN)), String.valueOf(d.id()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
