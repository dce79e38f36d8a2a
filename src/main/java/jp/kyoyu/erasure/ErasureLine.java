package jp.kyoyu.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One project on the administrators' erasure page (and, once erased, on a former member's statement page).
 * {@code daysLeft} is set while the erasure is only scheduled; {@code stagesDone}/{@code stages} and
 * {@code lastStage} (a step name such as {@code board}, {@code files}) describe a running or finished job.
 * {@code certificateUntil} is the last day (Japan) the certificate can be downloaded ({@code
 * kyoyu.erasure.certificate-days} after the erasure), {@code certificateAvailable} whether that day has not passed.
 */
public record ErasureLine(long projectId, String projectName, LocalDate contractEnd, LocalDate erasureDate,
		ErasureStatus status, Long daysLeft, String dateReason, int stagesDone, int stages, String lastStage,
		Instant erasedAt, boolean manual, String requestedBy, LocalDate certificateUntil, boolean certificateAvailable) {

	/** When it was erased, as the users read time (Japan); null while it is not. */
	public LocalDateTime erasedAtInJapan() {
		return erasedAt == null ? null : LocalDateTime.ofInstant(erasedAt, ZoneId.of("Asia/Tokyo"));
	}

	/** True once erased: a certificate was issued (downloadable while {@link #certificateAvailable}). */
	public boolean certified() {
		return status == ErasureStatus.ERASED;
	}
}
