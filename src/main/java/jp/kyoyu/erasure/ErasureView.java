package jp.kyoyu.erasure;

import java.time.LocalDate;
import java.util.List;

/** A project's erasure as the API shows it, with the notices sent before it (30/7/1 days, oldest first). */
public record ErasureView(long projectId, LocalDate erasureDate, ErasureStatus status, List<SentNotice> notices,
		LocalDate contractEnd, int retentionDays, boolean dateSetByAdministrator) {
}
