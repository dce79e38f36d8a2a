package jp.kyoyu.workflow;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

/** Someone acted on a submitted proposal; one event per entry of the approval record (for the audit trail). */
public record ApprovalStepRecorded(long proposalId, long projectId, ApprovalStep step) implements AuditableEvent {

	@Override
	public String action() {
		return "proposal." + step.action().name().toLowerCase().replace('_', '-');
	}

	@Override
	public String target() {
		return "proposal:" + proposalId;
	}

	@Override
	public String actor() {
		return step.actorUserId();
	}

	@Override
	public String detail() {
		String deputy = step.onBehalfOfUserId() == null ? ""
				: Wording.japanese("workflow.audit.onBehalfOf", step.onBehalfOfName());
		return step.action().label() + deputy + (step.comment() == null ? "" : " " + step.comment());
	}
}
