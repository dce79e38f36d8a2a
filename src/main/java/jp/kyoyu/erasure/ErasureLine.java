package jp.kyoyu.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One project on the administrators' erasure page (and, once erased, on a former member's statement page).
 * {@code daysLeft} is set while the erasure is only scheduled; {@code stagesDone}/{@code stages} and
 * {@code lastStage} (a step name such as {@code board}, {@code files}) describe a running or finished job.
 */
public record ErasureLine(long projectId, String projectName, LocalDate contractEnd, LocalDate erasureDate,
		ErasureStatus status, Long daysLeft, String dateReason, int stagesDone, int stages, String lastStage,
		Instant erasedAt, boolean manual, String requestedBy) {

	/** When it was erased, as the users read time (Japan); null while it is not. */
	public LocalDateTime erasedAtInJapan() {
		return erasedAt == null ? null : LocalDateTime.ofInstant(erasedAt, ZoneId.of("Asia/Tokyo"));
	}

	/** True once the certificate can be downloaded. */
	public boolean certified() {
		return status == ErasureStatus.ERASED;
	}
}
