package jp.kyoyu.audit;

import java.time.LocalDate;

/** Filters of the audit view; every field is optional. */
public record AuditQuery(String actor, String action, String target, LocalDate from, LocalDate to,
		Boolean succeeded) {
}
