package jp.kyoyu.bench.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain JDBC for the generator: read template rows as column → value maps (names in lower case, as both H2 and
 * PostgreSQL accept them unquoted) and write copies in batches. Copying whole rows keeps every column the real
 * services or the engine filled, including columns added by later migrations, without the generator naming them.
 */
final class Rows {

	/** Rows per JDBC batch; with {@code reWriteBatchedInserts} PostgreSQL receives them as multi-row inserts. */
	private static final int BATCH = 2_000;

	private final Connection connection;

	Rows(Connection connection) {
		this.connection = connection;
	}

	List<Map<String, Object>> read(String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int c = 1; c <= meta.getColumnCount(); c++) {
						row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), result.getObject(c));
					}
					rows.add(row);
				}
				return rows;
			}
		}
	}

	long number(String sql, Object... arguments) throws SQLException {
		List<Map<String, Object>> rows = read(sql, arguments);
		Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
		return value == null ? 0 : ((Number) value).longValue();
	}

	void execute(String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.execute();
		}
		connection.commit();
	}

	/**
	 * Queues {@code row} for {@code table} (the columns of its first row). Every queue is written when one of them
	 * is full, in an order that satisfies the foreign keys: the engine's byte arrays, executions and tasks first,
	 * the other tables in the order they were first used (a project before its members, a proposal before its
	 * submission).
	 */
	void insert(String table, Map<String, Object> row) throws SQLException {
		Insert insert = inserts.get(table);
		if (insert == null) {
			insert = new Insert(table, List.copyOf(row.keySet()));
			inserts.put(table, insert);
		}
		insert.add(row);
		if (insert.pending == BATCH) {
			flush();
		}
	}

	/** Writes everything queued and commits. */
	void flush() throws SQLException {
		List<Insert> order = new ArrayList<>(inserts.values());
		order.sort((a, b) -> Integer.compare(rank(a.table), rank(b.table)));
		for (Insert insert : order) {
			insert.flush();
		}
		connection.commit();
	}

	/** The rows written (or queued) per table so far. */
	Map<String, Long> written() {
		Map<String, Long> written = new LinkedHashMap<>();
		inserts.forEach((table, insert) -> written.put(table, insert.written + insert.pending));
		return written;
	}

	private static int rank(String table) {
		return switch (table) {
			case "act_ge_bytearray" -> 0;
			case "act_ru_execution" -> 1;
			case "act_ru_task" -> 2;
			default -> 3;
		};
	}

	private final Map<String, Insert> inserts = new LinkedHashMap<>();

	private final class Insert {

		private final String table;

		private final List<String> columns;

		private final PreparedStatement statement;

		private int pending;

		private long written;

		private Insert(String table, List<String> columns) throws SQLException {
			this.table = table;
			this.columns = columns;
			this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
					+ ") values (" + "?, ".repeat(columns.size() - 1) + "?)");
		}

		void add(Map<String, Object> row) throws SQLException {
			for (int i = 0; i < columns.size(); i++) {
				statement.setObject(i + 1, row.get(columns.get(i)));
			}
			statement.addBatch();
			pending++;
		}

		private void flush() throws SQLException {
			if (pending > 0) {
				statement.executeBatch();
				written += pending;
				pending = 0;
			}
		}
	}
}
