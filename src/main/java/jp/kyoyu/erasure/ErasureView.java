package jp.kyoyu.erasure;

import java.time.LocalDate;
import java.util.List;

/** A project's erasure as the API shows it; {@code notices} stay empty until the notices (30/7/1 days) exist. */
public record ErasureView(long projectId, LocalDate erasureDate, ErasureStatus status, List<String> notices,
		LocalDate contractEnd, int retentionDays, boolean dateSetByAdministrator) {
}
