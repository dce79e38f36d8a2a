package jp.kyoyu.audit;

import java.time.Instant;

/** One audit entry as the audit view and its exports show it. */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String target, String detail,
		String remoteAddress, boolean succeeded) {
}
