package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;

import jp.kyoyu.proposal.Importance;

/**
 * An open task of the caller (also one offered to them as deputy: then {@code onBehalfOfUserId} names the
 * absent holder). {@code overdue}: past its due date; {@code atRisk}: due after the requested answer date.
 */
public record WorkflowTask(String id, long proposalId, long projectId, String projectName, String title,
		String documentTypeName, TaskKind kind, LocalDate due, boolean overdue, boolean atRisk,
		Importance importance, String holderUserId, String onBehalfOfUserId, Instant createdAt) {
}
