package jp.kyoyu.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.proposal.ApprovalStep;

/** One step of a filed proposal's approval record, copied from the workflow's events. */
@Entity
@Table(name = "document_approval")
class ApprovalRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long documentId;

	private int position;

	private Instant actedAt;

	private String actorUserId;

	private String actorName;

	private String onBehalfOfUserId;

	private String onBehalfOfName;

	private String action;

	@Column(name = "comment_text")
	private String comment;

	protected ApprovalRow() {
	}

	ApprovalRow(long documentId, int position, ApprovalStep step) {
		this.documentId = documentId;
		this.position = position;
		this.actedAt = step.at();
		this.actorUserId = step.actorUserId();
		this.actorName = cut(step.actorName(), 100);
		this.onBehalfOfUserId = step.onBehalfOfUserId();
		this.onBehalfOfName = cut(step.onBehalfOfName(), 100);
		this.action = step.action() == null ? "UNKNOWN" : step.action().name();
		this.comment = cut(step.comment(), 4000);
	}

	ApprovalEntry view() {
		return new ApprovalEntry(actedAt, actorUserId, actorName, onBehalfOfUserId, onBehalfOfName, action,
				label(action), comment);
	}

	long documentId() {
		return documentId;
	}

	private static String label(String action) {
		try {
			return jp.kyoyu.proposal.ApprovalAction.valueOf(action).label();
		}
		catch (IllegalArgumentException e) {
			return action;
		}
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
