package jp.kyoyu.proposal;

import java.util.List;

/**
 * A sent-back proposal was resubmitted (再提出); {@code changes} names what changed (件名 and the field labels,
 * C4.16). Not an {@code AuditableEvent}: the approval record's own entry ({@code ApprovalStepRecorded}) is the audit
 * entry of the step, and one step keeps one entry.
 */
public record ProposalResubmitted(long proposalId, long projectId, String typeKey, String title,
		List<String> changes) {
}
