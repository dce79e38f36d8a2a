package jp.kyoyu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An audit entry as it is sealed: the seal is SHA-256 over the previous seal and every field, each field
 * length-prefixed so that no two different entries hash the same text.
 */
record SealedRow(long id, Long sealNo, String sealHash, String content) {

	static final String COLUMNS = "id, seal_no, seal_hash, occurred_at, actor, action, target, detail, remote_address, succeeded";

	static SealedRow read(ResultSet rs) throws SQLException {
		// Microseconds: what both H2 and PostgreSQL keep, so a value reads back the same after a restore.
		String at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MICROS)
			.toString();
		StringBuilder content = new StringBuilder();
		for (String field : new String[] { String.valueOf(rs.getLong("id")), at, rs.getString("actor"),
				rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("remote_address"),
				String.valueOf(rs.getBoolean("succeeded")) }) {
			content.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field)
				.append(';');
		}
		long sealNo = rs.getLong("seal_no");
		return new SealedRow(rs.getLong("id"), rs.wasNull() ? null : sealNo, rs.getString("seal_hash"),
				content.toString());
	}

	String sealAfter(String previousHash, long number) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update((previousHash + '|' + number + '|' + content).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
