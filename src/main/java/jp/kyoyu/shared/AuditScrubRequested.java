package jp.kyoyu.shared;

import java.util.List;

/**
 * Asks the audit trail to remove the content (target, detail, address) of its entries about these targets,
 * keeping them in place in the sealed chain: published by the erasure at a contract's end (issue #16), handled
 * synchronously in the publisher's transaction, so erased data and its audit content go together.
 */
public record AuditScrubRequested(List<String> targets) {

	public AuditScrubRequested {
		targets = List.copyOf(targets);
	}
}
