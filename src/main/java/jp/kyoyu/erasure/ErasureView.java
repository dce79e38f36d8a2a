package jp.kyoyu.erasure;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's erasure as the API shows it, with the notices sent before it (30/7/1 days, oldest first);
 * {@code contractCancelled}: an administrator marked the contract cancelled, so the date may precede its end.
 */
public record ErasureView(long projectId, LocalDate erasureDate, ErasureStatus status, List<SentNotice> notices,
		LocalDate contractEnd, int retentionDays, boolean dateSetByAdministrator, boolean contractCancelled) {
}
