package jp.kyoyu.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.AuditScrubRequested;
import jp.kyoyu.shared.Wording;

/**
 * Removes the content of the entries about an erased project's records (issue #16). It first seals everything
 * pending while holding the chain's head lock, so no entry is sealed over content that is about to go; a scrubbed
 * entry keeps its time, actor, action, result and the content hash its seal covers, so the chain still checks.
 * Entries sealed before V31 (seal over the raw content) cannot be scrubbed without breaking the chain and keep
 * their content (docs/modules/erasure.md).
 */
@Component
class AuditScrubber {

	/** Stored in place of the target, so it is Japanese whoever asked for the erasure. */
	static final String SCRUBBED_TARGET = Wording.japanese("audit.scrubbed-target");

	private static final int CHUNK = 500;

	private final AuditSealer sealer;

	private final JdbcTemplate jdbc;

	AuditScrubber(AuditSealer sealer, JdbcTemplate jdbc) {
		this.sealer = sealer;
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	void on(AuditScrubRequested request) {
		while (sealer.seal() > 0) {
			// seal() takes the head lock, kept to the end of this transaction; loop until nothing is pending
		}
		List<String> targets = request.targets();
		for (int from = 0; from < targets.size(); from += CHUNK) {
			List<String> chunk = targets.subList(from, Math.min(targets.size(), from + CHUNK));
			String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			Object[] args = new Object[chunk.size() + 1];
			args[0] = SCRUBBED_TARGET;
			for (int i = 0; i < chunk.size(); i++) {
				args[i + 1] = chunk.get(i);
			}
			jdbc.update("update audit_entry set target = ?, detail = null, remote_address = null, scrubbed = true "
					+ "where content_hash is not null and target in (" + marks + ")", args);
		}
	}
}
