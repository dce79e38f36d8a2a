package jp.kyoyu.erasure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of {@code erasure_job} and {@code erasure_item}; the claims are single UPDATEs so one node wins. */
@Component
class ErasureJobs {

	private final JdbcTemplate jdbc;

	ErasureJobs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ErasureJob> find(long projectId) {
		return jdbc.query("select * from erasure_job where project_id = ?", ErasureJobs::read, projectId).stream()
			.findFirst();
	}

	/** Every row: projects with a date set by hand, erasures running and erasures done (the administrators' list). */
	List<ErasureJob> all() {
		return jdbc.query("select * from erasure_job", ErasureJobs::read);
	}

	/** Every row by project id: one query where a page or the sweep needs the jobs of many projects. */
	java.util.Map<Long, ErasureJob> byProject() {
		return all().stream().collect(java.util.stream.Collectors.toMap(ErasureJob::projectId, job -> job, (first, second) -> first));
	}

	/** Jobs that started and did not finish: the sweep continues them once their lease ran out. */
	List<Long> unfinished() {
		return jdbc.queryForList("select project_id from erasure_job where status in ('FROZEN', 'ERASING')", Long.class);
	}

	/** Makes sure the project has a row (SCHEDULED); a concurrent insert by another node is fine. */
	void ensure(long projectId) {
		if (find(projectId).isEmpty()) {
			try {
				jdbc.update("insert into erasure_job (project_id, status) values (?, 'SCHEDULED')", projectId);
			}
			catch (org.springframework.dao.DuplicateKeyException e) {
				// another node or request created it first
			}
		}
	}

	/** Whether an administrator marked the project's contract cancelled (解除): its date may then precede the end. */
	boolean contractCancelled(long projectId) {
		return Boolean.TRUE.equals(jdbc.query("select contract_cancelled from erasure_job where project_id = ?",
				rs -> rs.next() ? rs.getBoolean(1) : false, projectId));
	}

	void markCancelled(long projectId, boolean cancelled) {
		jdbc.update("update erasure_job set contract_cancelled = ? where project_id = ? and status = 'SCHEDULED'",
				cancelled, projectId);
	}

	void setDate(long projectId, LocalDate date, String reason) {
		jdbc.update("update erasure_job set erasure_date = ?, date_reason = ? where project_id = ? and status = 'SCHEDULED'",
				date, reason, projectId);
	}

	/** SCHEDULED -> FROZEN for exactly one caller, however many nodes try at once. */
	boolean claimScheduled(long projectId, String method, String by, String reason, Instant now, Instant leaseUntil) {
		return jdbc.update("update erasure_job set status = 'FROZEN', method = ?, requested_by = ?, run_reason = ?, "
				+ "started_at = ?, lease_until = ? where project_id = ? and status = 'SCHEDULED'", method, by, reason,
				at(now), at(leaseUntil), projectId) == 1;
	}

	/** Takes over an unfinished job whose lease ran out (its node died or its last attempt failed). */
	boolean claimUnfinished(long projectId, Instant now, Instant leaseUntil) {
		return jdbc.update("update erasure_job set lease_until = ? where project_id = ? "
				+ "and status in ('FROZEN', 'ERASING') and (lease_until is null or lease_until < ?)", at(leaseUntil),
				projectId, at(now)) == 1;
	}

	void releaseLease(long projectId) {
		jdbc.update("update erasure_job set lease_until = null where project_id = ?", projectId);
	}

	void frozen(long projectId, String name, LocalDate start, LocalDate end, String members,
			String generalSupervisors) {
		jdbc.update("update erasure_job set project_name = ?, period_start = ?, period_end = ?, former_members = ?, "
				+ "general_supervisors = ? where project_id = ?", name, start, end, members, generalSupervisors,
				projectId);
	}

	void status(long projectId, ErasureStatus status) {
		jdbc.update("update erasure_job set status = ? where project_id = ?", status.name(), projectId);
	}

	void stepDone(long projectId, String doneSteps, String counts) {
		jdbc.update("update erasure_job set done_steps = ?, counts = ? where project_id = ?", doneSteps, counts,
				projectId);
	}

	void files(long projectId, long count, long bytes) {
		jdbc.update("update erasure_job set files_count = ?, files_bytes = ? where project_id = ?", count, bytes,
				projectId);
	}

	void erased(long projectId, Instant at, LocalDate backupsExpireOn, String sha256) {
		jdbc.update("update erasure_job set status = 'ERASED', erased_at = ?, backups_expire_on = ?, "
				+ "certificate_sha256 = ?, lease_until = null where project_id = ?", at(at), backupsExpireOn, sha256,
				projectId);
	}

	void keyDestroyed(long projectId, Instant at) {
		jdbc.update("update erasure_job set key_destroyed_at = ? where project_id = ?", at(at), projectId);
	}

	void addItems(long projectId, String kind, List<String> items) {
		jdbc.batchUpdate("insert into erasure_item (project_id, kind, item) values (?, ?, ?)",
				items.stream().map(item -> new Object[] { projectId, kind, item }).toList());
	}

	List<String> items(long projectId, String kind) {
		return jdbc.queryForList("select item from erasure_item where project_id = ? and kind = ?", String.class,
				projectId, kind);
	}

	/**
	 * Notices of the project in Spring Modulith's event publication registry, sent or waiting (mail retries):
	 * every project event carries {@code "projectId":<id>} in its JSON form.
	 */
	int deletePublications(long projectId) {
		return jdbc.update("delete from event_publication where serialized_event like ? or serialized_event like ?",
				"%\"projectId\":" + projectId + ",%", "%\"projectId\":" + projectId + "}%");
	}

	void clearItems(long projectId) {
		jdbc.update("delete from erasure_item where project_id = ?", projectId);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static ErasureJob read(ResultSet rs, int row) throws SQLException {
		return new ErasureJob(rs.getLong("project_id"), rs.getObject("erasure_date", LocalDate.class),
				rs.getString("date_reason"), ErasureStatus.valueOf(rs.getString("status")), rs.getString("method"),
				rs.getString("requested_by"), rs.getString("run_reason"), instant(rs, "lease_until"),
				rs.getString("project_name"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getString("former_members"), rs.getString("done_steps"),
				rs.getString("counts"), (Long) rs.getObject("files_count", Long.class),
				(Long) rs.getObject("files_bytes", Long.class), instant(rs, "started_at"), instant(rs, "erased_at"),
				rs.getString("certificate_sha256"), rs.getString("general_supervisors"), instant(rs, "key_destroyed_at"),
				rs.getObject("backups_expire_on", LocalDate.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
