package jp.kyoyu.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.ClusterOnce;

/**
 * Appends newly written audit entries to the hash chain. Sealing runs apart from the writers, so an audited
 * change never waits for a chain lock; the chain order is the sealing order, which also takes in entries
 * whose transaction committed late.
 */
@Component
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final ClusterOnce once;

	AuditSealer(JdbcTemplate jdbc, ClusterOnce once) {
		this.once = once;
		this.jdbc = jdbc;
	}

	/** Once per cluster (issue #18): the chain has one end; two sealers would race for it. */
	@Scheduled(cron = "${kyoyu.audit.seal-cron:*/20 * * * * *}")
	void scheduled() {
		once.run("audit.seal", Duration.ofMinutes(10), Duration.ofSeconds(5), this::sealAll);
	}

	private void sealAll() {
		try {
			int sealed;
			do {
				sealed = seal();
			}
			while (sealed == BATCH);
		}
		catch (RuntimeException e) {
			log.error("Sealing the audit trail failed; the next run tries again", e);
		}
	}

	/** Seals up to one batch of entries; returns how many. */
	@Transactional
	public int seal() {
		Map<String, Object> head = jdbc
			.queryForMap("select last_no, last_hash from audit_seal_head where id = 1 for update");
		long number = ((Number) head.get("last_no")).longValue();
		String hash = (String) head.get("last_hash");
		List<SealedRow> pending = jdbc.query("select " + SealedRow.COLUMNS
				+ " from audit_entry where seal_no is null order by id fetch first " + BATCH + " rows only",
				(rs, i) -> SealedRow.read(rs));
		for (SealedRow row : pending) {
			number++;
			String contentHash = row.contentHash();
			hash = SealedRow.sealOverHash(hash, number, contentHash);
			jdbc.update("update audit_entry set seal_no = ?, seal_hash = ?, content_hash = ? where id = ?", number, hash,
					contentHash, row.id());
		}
		if (!pending.isEmpty()) {
			jdbc.update("update audit_seal_head set last_no = ?, last_hash = ? where id = 1", number, hash);
			// The end of the chain in the application log is a copy outside the database to compare with.
			log.info("Audit trail sealed up to #{}: {}", number, hash);
		}
		return pending.size();
	}
}
