package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.ProposalSnapshot;
import jp.kyoyu.proposal.ProposalStatus;

/** The approval state of one submitted proposal; the running process itself lives in the engine. */
@Entity
@Table(name = "workflow_submission")
class Submission {

	@Id
	private Long proposalId;

	private long projectId;

	private String proposerUserId;

	@Enumerated(EnumType.STRING)
	private Importance importance;

	private String comment;

	private String routeJson;

	private int currentIndex;

	private LocalDate requestedAnswerOn;

	private LocalDate proposedOn;

	private LocalDate receivedOn;

	private LocalDate plannedAnswerOn;

	private LocalDate interimAnswerOn;

	private LocalDate finalAnswerOn;

	private LocalDate completedOn;

	private String answer;

	private boolean postReviewPending;

	private String fieldsSnapshot;

	private String titleSnapshot;

	private Instant submittedAt;

	private Instant updatedAt;

	@Version
	private long version;

	/**
	 * The record entry written for this proposal in the current transaction, if any (not a column): the next task's
	 * notice names its actor without reading back the record just written (issue #21). The locked row is the same
	 * object for every listener of one step, and gone with the transaction.
	 */
	@Transient
	private ApprovalStep recordedNow;

	protected Submission() {
	}

	Submission(long proposalId, long projectId, String proposerUserId, Importance importance, String comment,
			String routeJson, LocalDate requestedAnswerOn, LocalDate today, String title, Instant now) {
		this.proposalId = proposalId;
		this.projectId = projectId;
		this.proposerUserId = proposerUserId;
		this.importance = importance;
		this.comment = comment;
		this.routeJson = routeJson;
		this.requestedAnswerOn = requestedAnswerOn;
		this.proposedOn = today;
		this.titleSnapshot = title;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** {@code status} is the proposal's: the one status is kept by the proposal module. */
	SubmissionView view(ProposalStatus status, List<RouteStep> route) {
		return new SubmissionView(proposalId, projectId, proposerUserId, status, importance, comment, route,
				currentIndex, requestedAnswerOn, proposedOn, receivedOn, plannedAnswerOn, interimAnswerOn,
				finalAnswerOn, completedOn, answer, postReviewPending, submittedAt);
	}

	void recorded(ApprovalStep step) {
		this.recordedNow = step;
	}

	/** The entry {@link #recorded} in this transaction, else {@literal null} (then read the record). */
	ApprovalStep recordedNow() {
		return recordedNow;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void at(int index) {
		this.currentIndex = index;
	}

	/** The first receiving approver's action sets the receipt date, and the planned answer date if given (C4.2). */
	void received(LocalDate today, LocalDate plannedAnswer) {
		if (receivedOn == null) {
			receivedOn = today;
		}
		if (plannedAnswer != null && plannedAnswerOn == null) {
			plannedAnswerOn = plannedAnswer;
		}
	}

	/**
	 * An approver's 処理・回答 (C4.13). The date the approver set (C4.3) is the interim answer date; without one the
	 * first answer's day stays, as it did before the approver could set it.
	 */
	void answered(String text, LocalDate setOn, LocalDate today) {
		this.answer = text;
		if (setOn != null) {
			interimAnswerOn = setOn;
		}
		else if (interimAnswerOn == null) {
			interimAnswerOn = today;
		}
	}

	/** The last approver's 最終処理・回答日 (C4.3), set when they approve. */
	void finallyAnswered(LocalDate on) {
		this.finalAnswerOn = on;
	}

	/** The route ended: completion today; the final answer date stays if the last approver set it. */
	void completed(LocalDate today, Instant now) {
		this.completedOn = today;
		if (finalAnswerOn == null) {
			this.finalAnswerOn = today;
		}
		this.updatedAt = now;
	}

	void postReview(boolean pending) {
		this.postReviewPending = pending;
	}

	void sentBack(ProposalSnapshot snapshot, Instant now) {
		this.titleSnapshot = snapshot.title();
		this.fieldsSnapshot = snapshot.fieldsJson();
		this.updatedAt = now;
	}

	/** The document as sent back, for the proposal module to name what the resubmission changed. */
	ProposalSnapshot sentBackAs() {
		return new ProposalSnapshot(titleSnapshot, fieldsSnapshot);
	}

	/** Sets a corrected date and answers the value it replaced. */
	LocalDate correct(CorrectedDate field, LocalDate value) {
		LocalDate old;
		switch (field) {
			case PROPOSED_ON -> {
				old = proposedOn;
				proposedOn = value;
			}
			case RECEIVED_ON -> {
				old = receivedOn;
				receivedOn = value;
			}
			case INTERIM_ANSWER_ON -> {
				old = interimAnswerOn;
				interimAnswerOn = value;
			}
			case FINAL_ANSWER_ON -> {
				old = finalAnswerOn;
				finalAnswerOn = value;
			}
			default -> {
				old = completedOn;
				completedOn = value;
				finalAnswerOn = value;
			}
		}
		return old;
	}

	Long proposalId() {
		return proposalId;
	}

	long projectId() {
		return projectId;
	}

	String proposerUserId() {
		return proposerUserId;
	}

	Importance importance() {
		return importance;
	}

	String routeJson() {
		return routeJson;
	}

	int currentIndex() {
		return currentIndex;
	}

	LocalDate proposedOn() {
		return proposedOn;
	}

	LocalDate requestedAnswerOn() {
		return requestedAnswerOn;
	}

	LocalDate receivedOn() {
		return receivedOn;
	}

	LocalDate plannedAnswerOn() {
		return plannedAnswerOn;
	}

	LocalDate interimAnswerOn() {
		return interimAnswerOn;
	}

	LocalDate finalAnswerOn() {
		return finalAnswerOn;
	}

	LocalDate completedOn() {
		return completedOn;
	}

	boolean postReviewPending() {
		return postReviewPending;
	}

	String fieldsSnapshot() {
		return fieldsSnapshot;
	}

	String titleSnapshot() {
		return titleSnapshot;
	}

	Instant submittedAt() {
		return submittedAt;
	}
}
