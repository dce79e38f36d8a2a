package jp.kyoyu.workflow.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles both Excel exports share, made once per workbook (a workbook holds at most 64,000 styles,
 * so one per cell would break large lists). Dates are stored as real Excel dates with a Japanese display
 * format, so they sort and filter as dates.
 */
final class Sheets {

	/** Excel column widths are in 1/256 of a character; Japanese characters are about two wide. */
	static final int CHAR = 256;

	private final CellStyle bold;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle wrapped;

	Sheets(Workbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		bold = workbook.createCellStyle();
		bold.setFont(font);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
		dateTime = workbook.createCellStyle();
		dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
		wrapped = workbook.createCellStyle();
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
	}

	void titles(Row row, List<String> titles) {
		for (int i = 0; i < titles.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(titles.get(i));
			cell.setCellStyle(bold);
		}
	}

	void text(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	void boldText(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(bold);
	}

	void wrappedText(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(wrapped);
		}
	}

	/** An empty cell for a missing date, so a filter on the column shows 「(空白)」. */
	void date(Row row, int column, LocalDate value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(date);
		}
	}

	void dateTime(Row row, int column, LocalDateTime value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(dateTime);
		}
	}

	static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * CHAR);
		}
	}
}
