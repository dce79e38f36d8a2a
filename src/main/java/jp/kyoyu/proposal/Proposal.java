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

	void changeStatus(ProposalStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
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
