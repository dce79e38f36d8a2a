package jp.kyoyu.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tell these users about a step of a proposal by mail. It carries everything the mail says, so the listener
 * needs nothing else from the workflow; it is persisted with the event publication (after commit), so a mail
 * that fails while SMTP is down is sent later and an approval never waits for it.
 *
 * @param onBehalfOfUserId the approver the actor stood in for as deputy, or {@literal null}
 * @param due the due date of the task the recipients now hold, or {@literal null}
 */
public record ProposalNotice(NoticeKind kind, long proposalId, long projectId, String projectName, String title,
		String documentTypeName, Importance importance, String actorUserId, String onBehalfOfUserId,
		String comment, LocalDate due, List<String> recipientUserIds, Instant at) {
}
