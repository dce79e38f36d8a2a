package jp.kyoyu.proposal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.kyoyu.identity.Side;

/** One proposal document. The project and the author are known by id only. */
@Entity
@Table(name = "proposal_proposal")
class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private long projectId;

	private String typeKey;

	private String title;

	private String fieldsJson;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String authorUserId;

	@Enumerated(EnumType.STRING)
	private Side authorSide;

	private Long copiedFrom;

	private Instant createdAt;

	private Instant updatedAt;

	protected Proposal() {
	}

	Proposal(long projectId, String typeKey, String title, String fieldsJson, String authorUserId, Side authorSide,
			Long copiedFrom, Instant now) {
		this.projectId = projectId;
		this.typeKey = typeKey;
		this.title = title;
		this.fieldsJson = fieldsJson;
		this.status = ProposalStatus.DRAFT;
		this.authorUserId = authorUserId;
		this.authorSide = authorSide;
		this.copiedFrom = copiedFrom;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void edit(String title, String fieldsJson, Instant now) {
		this.title = title;
		this.fieldsJson = fieldsJson;
		this.updatedAt = now;
	}

	/** 提出: a draft goes on its route. */
	void submit(Instant now) {
		move(Verb.SUBMIT, ProposalStatus.DRAFT, ProposalStatus.IN_REVIEW, now);
	}

	/** 差戻し to the proposer: the author may edit it again. */
	void sendBack(Instant now) {
		move(Verb.SEND_BACK, ProposalStatus.IN_REVIEW, ProposalStatus.SENT_BACK, now);
	}

	/** 再提出 after a send-back: back on the route. */
	void resubmit(Instant now) {
		move(Verb.RESUBMIT, ProposalStatus.SENT_BACK, ProposalStatus.IN_REVIEW, now);
	}

	/** The last approver approved. */
	void approve(Instant now) {
		move(Verb.APPROVE, ProposalStatus.IN_REVIEW, ProposalStatus.APPROVED, now);
	}

	/** An approver's 処理・回答 written into the answer part: only while the proposal is on its route. */
	void answer(String fieldsJson, Instant now) {
		refuseUnless(Verb.ANSWER, status == ProposalStatus.IN_REVIEW);
		this.fieldsJson = fieldsJson;
		this.updatedAt = now;
	}

	/**
	 * The skipped approver's 後閲. The route goes on after an approve-ahead, so the proposal may be in review, sent
	 * back or approved by then; only a draft was never submitted.
	 */
	void postReviewed() {
		refuseUnless(Verb.POST_REVIEWED, status != ProposalStatus.DRAFT);
	}

	private void move(Verb verb, ProposalStatus from, ProposalStatus to, Instant now) {
		refuseUnless(verb, status == from);
		this.status = to;
		this.updatedAt = now;
	}

	private void refuseUnless(Verb verb, boolean allowed) {
		if (!allowed) {
			throw new ProposalStatusConflictException(verb.code, status);
		}
	}

	/** The verbs of the lifecycle, each with the message key of its refusal. */
	private enum Verb {
		SUBMIT("submit"), SEND_BACK("sendBack"), RESUBMIT("resubmit"), APPROVE("approve"), ANSWER("answer"),
		POST_REVIEWED("postReviewed");

		final String code;

		Verb(String name) {
			this.code = "proposal.refused." + name;
		}
	}

	Long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	String typeKey() {
		return typeKey;
	}

	String title() {
		return title;
	}

	String fieldsJson() {
		return fieldsJson;
	}

	ProposalStatus status() {
		return status;
	}

	String authorUserId() {
		return authorUserId;
	}

	Side authorSide() {
		return authorSide;
	}

	Long copiedFrom() {
		return copiedFrom;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}
}
