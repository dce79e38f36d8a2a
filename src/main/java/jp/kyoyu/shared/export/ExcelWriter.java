package jp.kyoyu.shared.export;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way Kyoyu writes an .xlsx workbook: the workbook (in memory or streamed), and the cell styles every
 * export shares, made once per workbook (a workbook holds at most 64,000 styles, so one per cell would break
 * large lists). Dates are stored as real Excel dates with a Japanese display format, so they sort and filter as
 * dates. Text is always a text cell, never a formula, so nothing a user typed runs in Excel.
 */
public final class ExcelWriter implements AutoCloseable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel column widths are in 1/256 of a character; Japanese characters are about two wide. */
	public static final int CHAR = 256;

	private final Workbook workbook;

	private final CellStyle bold;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle wrapped;

	private ExcelWriter(Workbook workbook) {
		this.workbook = workbook;
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

	/** The whole workbook in memory: for short sheets (tens of rows), where streaming would only add a temp file. */
	public static ExcelWriter inMemory() {
		return new ExcelWriter(new XSSFWorkbook());
	}

	/**
	 * Streaming (SXSSF): only {@code rowsInMemory} rows are held, older ones go to a compressed temporary file that
	 * {@link #close()} deletes, so a list of any length does not fill the heap. Rows must be written top to bottom.
	 */
	public static ExcelWriter streaming(int rowsInMemory) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(rowsInMemory);
		workbook.setCompressTempFiles(true);
		return new ExcelWriter(workbook);
	}

	public Sheet sheet(String name) {
		return workbook.createSheet(name);
	}

	/** A row of bold column titles from column 0. */
	public void titles(Row row, List<String> titles) {
		for (int i = 0; i < titles.size(); i++) {
			boldText(row, i, titles.get(i));
		}
	}

	/** No cell for missing text, so a filter on the column shows 「(空白)」. */
	public void text(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	public void boldText(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(bold);
	}

	/** Line breaks kept and shown, top-aligned so a long comment reads from its first line. */
	public void wrappedText(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(wrapped);
		}
	}

	public void date(Row row, int column, LocalDate value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(date);
		}
	}

	public void dateTime(Row row, int column, LocalDateTime value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(dateTime);
		}
	}

	/** Column widths from column 0, in characters. */
	public static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * CHAR);
		}
	}

	/** Writes the workbook and flushes the caller's stream without closing it. */
	public void write(OutputStream stream) throws IOException {
		workbook.write(stream);
		stream.flush();
	}

	/** For a streamed workbook this also deletes the temporary file (POI 5.5's close() calls dispose()). */
	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
