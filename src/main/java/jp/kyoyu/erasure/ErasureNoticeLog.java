package jp.kyoyu.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of {@code erasure_notice}: inserting a row claims a notice, so one node sends it (primary key). */
@Component
class ErasureNoticeLog {

	private final JdbcTemplate jdbc;

	ErasureNoticeLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean sent(long projectId, int daysBefore, LocalDate erasureDate) {
		Integer rows = jdbc.queryForObject(
				"select count(*) from erasure_notice where project_id = ? and days_before = ? and erasure_date = ?",
				Integer.class, projectId, daysBefore, erasureDate);
		return rows != null && rows > 0;
	}

	/** Throws DuplicateKeyException when another node or an earlier run claimed the same notice. */
	void claim(long projectId, int daysBefore, LocalDate erasureDate, Instant at) {
		jdbc.update("insert into erasure_notice (project_id, days_before, erasure_date, sent_at) values (?, ?, ?, ?)",
				projectId, daysBefore, erasureDate, at.atOffset(ZoneOffset.UTC));
	}

	List<SentNotice> of(long projectId) {
		return jdbc.query("select days_before, erasure_date, sent_at from erasure_notice where project_id = ? "
				+ "order by sent_at, days_before desc",
				(rs, row) -> new SentNotice(rs.getInt("days_before"), rs.getObject("erasure_date", LocalDate.class),
						rs.getObject("sent_at", java.time.OffsetDateTime.class).toInstant()),
				projectId);
	}

	/** When the erasure ends: the notices are history of a project that no longer exists. */
	void forget(long projectId) {
		jdbc.update("delete from erasure_notice where project_id = ?", projectId);
	}
}
