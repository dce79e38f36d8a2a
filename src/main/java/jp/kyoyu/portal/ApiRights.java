package jp.kyoyu.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyoyu.shared.Wording;

/**
 * The right each operation needs, as the description tells it (issue #23), read from the access matrix
 * ({@code security/access-matrix.tsv}) - the same table {@code AccessMatrixIntegrationTests} calls every operation
 * with as every kind of caller. One table for both means the description cannot promise a right the server does
 * not check: a row that says otherwise than the server fails that test, and an operation without a row fails it
 * too (and reads "not in the table" here).
 */
final class ApiRights {

	static final String TABLE = "/security/access-matrix.tsv";

	/** One row: the function right (null for none), its level, project or own data, which sides, the admin. */
	record Row(String feature, String level, String scope, String sides, boolean admin) {

		/** The Japanese sentences of the description. */
		String describe() {
			StringBuilder text = new StringBuilder();
			text.append(feature == null ? Wording.japanese("portal.api.rights.no-feature")
					: Wording.japanese("portal.api.rights.feature", Wording.japanese("feature." + feature),
							Wording.japanese("level." + level)));
			text.append(' ').append(Wording.japanese("portal.api.rights.scope." + scope));
			text.append(' ').append(Wording.japanese("portal.api.rights.sides." + sides));
			if (!admin) {
				text.append(' ').append(Wording.japanese("portal.api.rights.no-admin"));
			}
			return text.toString();
		}
	}

	private ApiRights() {
	}

	/** Rows by {@code "METHOD /path"}; empty when the table is not there (then every operation says so). */
	static Map<String, Row> read() {
		Map<String, Row> rows = new LinkedHashMap<>();
		try (InputStream in = ApiRights.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				return rows;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.trim().split("\\s+");
				if (line.isBlank() || line.startsWith("#") || cells.length != 7) {
					continue;
				}
				rows.put(cells[0] + " " + cells[1], new Row(cells[2].equals("-") ? null : cells[2], cells[3],
						cells[4], cells[5], cells[6].equals("ok")));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
