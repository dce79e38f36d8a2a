package jp.kyoyu.erasure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's erasure is {@code daysBefore} (30, 7 or 1) days away: the notification module mails every member
 * to take the deliverable and what they must keep, and the 総括監督員 and the administrators the list of what
 * will be erased. Published once per project, threshold and date (the {@code erasure_notice} row is the claim).
 * The field {@code projectId} also lets the erasure remove a notice still waiting when the project goes.
 *
 * @param memberIds members who get the notice (everyone in {@code listRecipientIds} is left out: they get the
 *        notice with the list instead)
 * @param listRecipientIds the project's 総括監督員 and the enabled administrators
 * @param contents what the project holds now, per kind in Japanese (e.g. 掲示板の記事 → 3)
 */
public record ErasureNoticeDue(long projectId, String projectName, LocalDate erasureDate, int daysBefore,
		List<String> memberIds, List<String> listRecipientIds, Map<String, Long> contents) {
}
