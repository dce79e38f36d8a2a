package jp.kyoyu.erasure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The every-table, every-column scan of issue #16, on H2 (the shared test context) and on PostgreSQL (the failsafe
 * test): the columns come from the database's own {@code information_schema}, so a table added later is scanned
 * without anyone remembering to list it. Table names are reported upper case on both databases ("TABLE.COLUMN=rows").
 */
final class ErasureScan {

	/** The erasure record keeps the project's id, name and period on purpose: it is the certificate's data. */
	static final Set<String> MAY_NAME_THE_PROJECT = Set.of("ERASURE_JOB");

	private static final String H2_TEXT = "'CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'VARCHAR_IGNORECASE'";

	/** json/jsonb too: PostgreSQL keeps them apart from text, and a marker in a JSON value is a marker. */
	private static final String POSTGRES_TEXT = "'character varying', 'text', 'character', 'json', 'jsonb'";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final BinaryColumnScan binary;

	ErasureScan(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
			.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
		this.binary = new BinaryColumnScan(jdbc, this);
	}

	/** Every text column of every table (Kyoyu's and Camunda's) holding {@code text}, but the erasure record. */
	List<String> textHits(String text) {
		List<String> hits = new ArrayList<>();
		for (Map<String, Object> column : columns("data_type in (" + (postgres ? POSTGRES_TEXT : H2_TEXT) + ")")) {
			String table = table(column);
			String name = column(column);
			String value = postgres ? "cast(\"" + name + "\" as text)" : "\"" + name + "\"";
			Long count = jdbc.queryForObject("select count(*) from \"" + table + "\" where " + value + " like ?",
					Long.class, "%" + text + "%");
			if (count > 0 && !MAY_NAME_THE_PROJECT.contains(upper(table))) {
				hits.add(upper(table) + "." + upper(name) + "=" + count);
			}
		}
		return hits;
	}

	/** Every binary column holding {@code text} in UTF-8 or UTF-16 ({@link BinaryColumnScan#hits}). */
	List<String> binaryHits(String text) {
		return binary.hits(text);
	}

	/** Every binary column holding a business key as a value ({@link BinaryColumnScan#businessKeyHits}). */
	List<String> binaryBusinessKeyHits(String key) {
		return binary.businessKeyHits(key);
	}

	/** Rows in any table whose PROJECT_ID column is the project, and the project row itself; not the erasure record. */
	List<String> projectIdHits(long project) {
		List<String> hits = new ArrayList<>();
		countsOf(project).forEach((table, count) -> {
			if (count > 0 && !MAY_NAME_THE_PROJECT.contains(table)) {
				hits.add(table + "=" + count);
			}
		});
		if (jdbc.queryForObject("select count(*) from project where id = ?", Long.class, project) > 0) {
			hits.add("PROJECT");
		}
		return hits;
	}

	/** Rows per table whose PROJECT_ID column is the project: "the other project is untouched" compares these. */
	Map<String, Long> countsOf(long project) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map<String, Object> column : columns("upper(c.column_name) = 'PROJECT_ID'")) {
			String table = table(column);
			counts.put(upper(table), jdbc.queryForObject("select count(*) from \"" + table + "\" where \""
					+ column(column) + "\" = ?", Long.class, project));
		}
		return counts;
	}

	/** The binary columns, as {@link BinaryColumnScan} reads them. */
	List<Map<String, Object>> binaryColumns() {
		return columns(postgres ? "data_type = 'bytea'"
				: "data_type in ('BINARY VARYING', 'BINARY LARGE OBJECT', 'BINARY', 'JAVA_OBJECT')");
	}

	static String table(Map<String, Object> column) {
		return (String) column.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("table_name")).findFirst()
			.orElseThrow().getValue();
	}

	static String column(Map<String, Object> column) {
		return (String) column.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("column_name")).findFirst()
			.orElseThrow().getValue();
	}

	static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	/** Columns of the base tables (not views) of the application's schema that match {@code condition}. */
	private List<Map<String, Object>> columns(String condition) {
		String schema = postgres ? "current_schema()" : "'PUBLIC'";
		return jdbc.queryForList("select c.table_name, c.column_name from information_schema.columns c "
				+ "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
				+ "where c.table_schema = " + schema + " and t.table_type = 'BASE TABLE' and "
				+ condition.replace("data_type", "c.data_type") + " order by c.table_name, c.column_name");
	}
}
