package jp.kyoyu.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one way Kyoyu writes CSV: UTF-8 with a byte-order mark (Excel on Japanese Windows reads UTF-8 only when
 * the BOM is there; without it the Japanese turns into mojibake), RFC 4180 quoting, CRLF line ends. A cell that
 * starts like a formula gets a leading {@code '} so a spreadsheet shows it as text instead of running it (CSV
 * injection). The caller's stream is flushed, never closed, so a servlet response stays the container's.
 */
public final class CsvWriter {

	public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

	/** The first characters a spreadsheet takes as the start of a formula (tab and CR as OWASP lists them). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Writer out;

	private final Quoting quoting;

	public CsvWriter(OutputStream stream, Quoting quoting) throws IOException {
		this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		this.quoting = quoting;
		out.write('\uFEFF');
	}

	public void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i), quoting));
		}
		out.write("\r\n");
	}

	public void flush() throws IOException {
		out.flush();
	}

	/** One cell as it appears between the commas; {@code null} is an empty field even when every cell is quoted. */
	static String cell(String value, Quoting quoting) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (quoting == Quoting.EVERY_CELL || safe.contains(",") || safe.contains("\"") || safe.contains("\n")
				|| safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/**
	 * Both are RFC 4180. The exports that quoted every cell before there was one writer keep doing so, so files
	 * that users' macros and imports already read do not change.
	 */
	public enum Quoting {
		/** Only cells holding a comma, quote or line break are quoted. */
		WHERE_NEEDED,
		/** Every cell but a missing ({@code null}) one is quoted. */
		EVERY_CELL
	}
}
