package jp.kyoyu.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One part of a disclosure: column names and rows, written as a CSV (values as text; null as empty). */
public record DisclosedTable(List<String> columns, List<List<Object>> rows) {

	public DisclosedTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** Rows as JdbcTemplate answers them, picked by column name (its maps ignore case). */
	public static DisclosedTable of(List<Map<String, Object>> rows, String... columns) {
		List<String> names = Arrays.asList(columns);
		return new DisclosedTable(names,
				rows.stream().map(row -> names.stream().map(row::get).toList()).toList());
	}
}
