package jp.kyoyu.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one Excel writer, in memory and streamed, read back with POI the way Excel would open the file. */
class ExcelWriterTests {

	@Test
	void inMemoryWorkbookReadsBackWithBoldTitlesRealDatesWrappedTextAndWidths() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelWriter excel = ExcelWriter.inMemory()) {
			write(excel, 1);
			excel.write(out);
		}

		try (XSSFWorkbook workbook = read(out)) {
			Sheet sheet = workbook.getSheet("一覧");
			Row titles = sheet.getRow(0);
			assertThat(titles.getCell(0).getStringCellValue()).isEqualTo("件名");
			assertThat(workbook.getFontAt(titles.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getCellType()).as("text stays text, never a formula").isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+2 件名 1");
			assertThat(row.getCell(1)).as("no cell for missing text").isNull();
			assertRealDate(row.getCell(2), LocalDate.of(2026, 12, 1).atStartOfDay(), "yyyy/mm/dd");
			assertRealDate(row.getCell(3), LocalDateTime.of(2026, 11, 4, 10, 0), "yyyy/mm/dd hh:mm");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("1行目\n2行目");
			assertThat(row.getCell(4).getCellStyle().getWrapText()).isTrue();
			assertThat(sheet.getColumnWidth(4)).isEqualTo(60 * ExcelWriter.CHAR);
		}
	}

	@Test
	void streamedWorkbookHoldsMoreRowsThanItKeepsInMemory() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelWriter excel = ExcelWriter.streaming(10)) {
			write(excel, 500);
			excel.write(out);
		}

		try (XSSFWorkbook workbook = read(out)) {
			Sheet sheet = workbook.getSheet("一覧");
			assertThat(sheet.getLastRowNum()).isEqualTo(500);
			assertThat(sheet.getRow(500).getCell(0).getStringCellValue()).isEqualTo("=1+2 件名 500");
			assertRealDate(sheet.getRow(500).getCell(2), LocalDate.of(2026, 12, 1).atStartOfDay(), "yyyy/mm/dd");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(workbook.getNumCellStyles()).as("styles are shared, not one per cell").isLessThan(10);
		}
	}

	@Test
	void streamedWorkbookDeletesItsTemporaryFileWhenClosedEvenIfWritingFailed(@TempDir Path dir) {
		// This thread's POI temporary files go to dir, so other tests' files do not count.
		TempFile.withStrategy(new DefaultTempFileCreationStrategy(dir.toFile()), () -> {
			try (ExcelWriter excel = ExcelWriter.streaming(10)) {
				write(excel, 50);
				assertThat(files(dir)).as("rows beyond 10 are on disk").isNotEmpty();
				assertThatThrownBy(() -> excel.write(new OutputStream() {
					@Override
					public void write(int b) throws IOException {
						throw new IOException("the client went away");
					}
				})).hasMessageContaining("the client went away");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return null;
		});
		assertThat(files(dir)).isEmpty();
	}

	private static void write(ExcelWriter excel, int rows) {
		Sheet sheet = excel.sheet("一覧");
		excel.titles(sheet.createRow(0), List.of("件名", "備考", "回答日", "日時", "コメント"));
		for (int i = 1; i <= rows; i++) {
			Row row = sheet.createRow(i);
			excel.text(row, 0, "=1+2 件名 " + i);
			excel.text(row, 1, "");
			excel.date(row, 2, LocalDate.of(2026, 12, 1));
			excel.dateTime(row, 3, LocalDateTime.of(2026, 11, 4, 10, 0));
			excel.wrappedText(row, 4, "1行目\n2行目");
		}
		ExcelWriter.widths(sheet, 30, 10, 12, 16, 60);
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter(Files::isRegularFile).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XSSFWorkbook read(ByteArrayOutputStream out) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private static void assertRealDate(Cell cell, LocalDateTime expected, String format) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as("shown as a date").isTrue();
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
	}
}
