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
record SealedRow(long id, Long sealNo, String sealHash, String content, String storedContentHash, boolean scrubbed) {

	static final String COLUMNS = "id, seal_no, seal_hash, occurred_at, actor, action, target, detail, remote_address, succeeded, content_hash, scrubbed";

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
				content.toString(), rs.getString("content_hash"), rs.getBoolean("scrubbed"));
	}

	/** The first form, for entries sealed before V31: the seal covers the content itself. */
	String sealAfter(String previousHash, long number) {
		return sha256(previousHash + '|' + number + '|' + content);
	}

	/**
	 * The form since V31: the seal covers the SHA-256 of the content, kept beside it, so the content can be
	 * scrubbed at a project's erasure while the chain stays checkable (issue #16).
	 */
	static String sealOverHash(String previousHash, long number, String contentHash) {
		return sha256(previousHash + '|' + number + "|h:" + contentHash);
	}

	String contentHash() {
		return sha256(content);
	}

	/** The seal this entry must carry after {@code previousHash}, or null if its content was altered. */
	String expectedSeal(String previousHash, long number) {
		if (storedContentHash == null) {
			return sealAfter(previousHash, number);
		}
		if (!scrubbed && !storedContentHash.equals(contentHash())) {
			return null;
		}
		return sealOverHash(previousHash, number, storedContentHash);
	}

	private static String sha256(String text) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
