package jp.kyoyu.workflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: Excel (Japanese Windows) only reads UTF-8 as such when the BOM
 * is there; without it the text turns into mojibake. Lines end with CRLF; a cell is quoted when it holds a
 * comma, quote or line break. The caller's stream is flushed, never closed.
 */
final class CsvWriter {

	private final Writer out;

	CsvWriter(OutputStream stream) throws IOException {
		this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write('\uFEFF');
	}

	void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	void flush() throws IOException {
		out.flush();
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		// A leading = + - @ would make a spreadsheet evaluate the cell as a formula (CSV injection).
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
