package jp.kyoyu.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kyoyu.shared.export.CsvWriter.Quoting;

/** The one CSV writer: BOM, RFC 4180 quoting in both modes, CRLF, the formula guard, the caller's stream left open. */
class CsvWriterTests {

	@Test
	void startsWithTheUtf8BomAndEndsLinesWithCrlf() throws IOException {
		byte[] bytes = written(Quoting.WHERE_NEEDED, List.of("工事", "件名"), List.of("a", "b"));

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(text(bytes)).isEqualTo("工事,件名\r\na,b\r\n");
	}

	@Test
	void quotesOnlyWhereNeededWithQuotesDoubledAndLineBreaksKept() throws IOException {
		String csv = text(written(Quoting.WHERE_NEEDED,
				Arrays.asList("平文", "a,b", "彼は\"北側\"と", "1行目\n2行目", "cr\rlf", "", null)));

		assertThat(csv).isEqualTo("平文,\"a,b\",\"彼は\"\"北側\"\"と\",\"1行目\n2行目\",\"cr\rlf\",,\r\n");
	}

	@Test
	void quotesEveryCellButLeavesAMissingOneEmpty() throws IOException {
		String csv = text(written(Quoting.EVERY_CELL, Arrays.asList("平文", "a\"b", "", null)));

		assertThat(csv).isEqualTo("\"平文\",\"a\"\"b\",\"\",\r\n");
	}

	@Test
	void aCellStartingLikeAFormulaIsTurnedIntoText() throws IOException {
		for (String formula : List.of("=1+2", "+81-3", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")\n2行目")) {
			assertThat(CsvWriter.cell(formula, Quoting.EVERY_CELL)).as(formula)
				.startsWith("\"'" + formula.substring(0, 1));
			assertThat(CsvWriter.cell(formula, Quoting.WHERE_NEEDED)).as(formula).contains("'" + formula.charAt(0));
		}
		assertThat(CsvWriter.cell("=1+2", Quoting.WHERE_NEEDED)).isEqualTo("'=1+2");
		assertThat(CsvWriter.cell("a=1", Quoting.WHERE_NEEDED)).as("only the first character counts").isEqualTo("a=1");
	}

	@Test
	void theCallersStreamIsFlushedButNotClosed() throws IOException {
		ClosingTrackedStream stream = new ClosingTrackedStream();
		CsvWriter csv = new CsvWriter(stream, Quoting.WHERE_NEEDED);
		csv.row(List.of("a"));
		csv.flush();

		assertThat(stream.size()).isEqualTo(3 + 3);
		assertThat(stream.closed).isFalse();
	}

	@SafeVarargs
	private static byte[] written(Quoting quoting, List<String>... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = new CsvWriter(out, quoting);
		for (List<String> row : rows) {
			csv.row(row);
		}
		csv.flush();
		return out.toByteArray();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
	}

	private static final class ClosingTrackedStream extends ByteArrayOutputStream {

		boolean closed;

		@Override
		public void close() {
			closed = true;
		}
	}
}
