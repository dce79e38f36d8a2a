package jp.kyoyu.erasure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every binary column of every table (Kyoyu's and Camunda's, found through the database's own metadata as
 * the text scan does) for a string: serialized Camunda variables (Java serialization, Spin JSON, byte values) sit in
 * {@code ACT_GE_BYTEARRAY} where a {@code LIKE} on text columns never looks (issue #16).
 */
final class BinaryColumnScan {

	private final JdbcTemplate jdbc;

	/** Which columns are binary: H2's binary types or PostgreSQL's {@code bytea}. */
	private final ErasureScan columns;

	BinaryColumnScan(JdbcTemplate jdbc, ErasureScan columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	/**
	 * "TABLE.COLUMN=rows" for every binary column holding {@code text} in UTF-8 (JSON; also Java serialization's
	 * modified UTF-8, which differs only for NUL and characters outside the BMP) or in UTF-16 either way round.
	 */
	List<String> hits(String text) {
		return scan(List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
				text.getBytes(StandardCharsets.UTF_16LE)), false);
	}

	/**
	 * "TABLE.COLUMN=rows" for every binary column holding a business key as a value: a JSON string ({@code "57"}) or a
	 * Java-serialized string (TC_STRING, length, bytes). A bare number would match any byte run; the deployed
	 * models are skipped because their diagrams carry quoted numbers ({@code x="57"}) and belong to no project.
	 */
	List<String> businessKeyHits(String key) {
		byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
		byte[] serialized = ByteBuffer.allocate(3 + utf8.length).put((byte) 0x74).putShort((short) utf8.length).put(utf8)
			.array();
		return scan(List.of(("\"" + key + "\"").getBytes(StandardCharsets.UTF_8), serialized), true);
	}

	private List<String> scan(List<byte[]> patterns, boolean skipDeployments) {
		List<String> hits = new ArrayList<>();
		for (Map<String, Object> column : columns.binaryColumns()) {
			String table = ErasureScan.table(column);
			String name = ErasureScan.column(column);
			String where = "\"" + name + "\" is not null";
			if (skipDeployments && ErasureScan.upper(table).equals("ACT_GE_BYTEARRAY")) {
				where += " and DEPLOYMENT_ID_ is null"; // unquoted: upper case on H2, lower case on PostgreSQL
			}
			Map<String, Integer> found = new LinkedHashMap<>();
			jdbc.query("select \"" + name + "\" from \"" + table + "\" where " + where, row -> {
				byte[] value = row.getBytes(1);
				if (patterns.stream().anyMatch(pattern -> contains(value, pattern))) {
					found.merge(table, 1, Integer::sum);
				}
			});
			found.forEach((t, rows) -> hits.add(ErasureScan.upper(t) + "." + ErasureScan.upper(name) + "=" + rows));
		}
		return hits;
	}

	private static boolean contains(byte[] value, byte[] pattern) {
		outer: for (int at = 0; at <= value.length - pattern.length; at++) {
			for (int i = 0; i < pattern.length; i++) {
				if (value[at + i] != pattern[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
