package jp.kyoyu.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;

/** One entry of a proposal's approval record. */
@Entity
@Table(name = "workflow_history")
class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private Instant at;

	private String actorUserId;

	private String actorName;

	private String onBehalfOfUserId;

	private String onBehalfOfName;

	@Enumerated(EnumType.STRING)
	private ApprovalAction action;

	private String comment;

	protected HistoryEntry() {
	}

	HistoryEntry(long proposalId, ApprovalStep step) {
		this.proposalId = proposalId;
		this.at = step.at();
		this.actorUserId = step.actorUserId();
		this.actorName = step.actorName();
		this.onBehalfOfUserId = step.onBehalfOfUserId();
		this.onBehalfOfName = step.onBehalfOfName();
		this.action = step.action();
		this.comment = step.comment();
	}

	ApprovalStep step() {
		return new ApprovalStep(at, actorUserId, actorName, onBehalfOfUserId, onBehalfOfName, action, comment);
	}
}
