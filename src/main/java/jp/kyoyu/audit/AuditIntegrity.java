package jp.kyoyu.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks the audit trail's hash chain from the first seal to the last (X3): has anyone changed it? */
@Service
public class AuditIntegrity {

	private static final String ZERO = "0".repeat(64);

	private static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	AuditIntegrity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public IntegrityReport check() {
		long headNumber = jdbc.queryForObject("select last_no from audit_seal_head where id = 1", Long.class);
		String headHash = jdbc.queryForObject("select last_hash from audit_seal_head where id = 1", String.class);
		long unsealed = jdbc.queryForObject("select count(*) from audit_entry where seal_no is null", Long.class);
		String previous = ZERO;
		long expected = 1;
		while (true) {
			List<SealedRow> rows = jdbc.query("select " + SealedRow.COLUMNS
					+ " from audit_entry where seal_no >= ? order by seal_no fetch first " + PAGE + " rows only",
					(rs, i) -> SealedRow.read(rs), expected);
			for (SealedRow row : rows) {
				if (row.sealNo() != expected) {
					return IntegrityReport.broken(expected - 1, unsealed, expected, null, "missing");
				}
				if (!row.sealHash().equals(row.expectedSeal(previous, expected))) {
					return IntegrityReport.broken(expected - 1, unsealed, expected, row.id(), "altered");
				}
				previous = row.sealHash();
				expected++;
			}
			if (rows.size() < PAGE) {
				break;
			}
		}
		if (expected - 1 != headNumber || !previous.equals(headHash)) {
			// The newest sealed entries were removed, or the head was rewritten.
			return IntegrityReport.broken(expected - 1, unsealed, expected, null, "missing");
		}
		return new IntegrityReport(true, headNumber, unsealed, null, null, null);
	}

	/**
	 * @param problem {@code altered} (an entry's content no longer matches its seal) or {@code missing}
	 *     (a sealed entry is gone)
	 */
	public record IntegrityReport(boolean intact, long sealedEntries, long unsealedEntries, Long firstBrokenSeal,
			Long brokenEntryId, String problem) {

		static IntegrityReport broken(long verified, long unsealed, long seal, Long entryId, String problem) {
			return new IntegrityReport(false, verified, unsealed, seal, entryId, problem);
		}
	}
}
