package jp.kyoyu.proposal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of the storage module linked to a proposal at a position. */
@Entity
@Table(name = "proposal_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private long fileId;

	private int position;

	@Enumerated(EnumType.STRING)
	private AttachmentKind kind;

	private String name;

	private long size;

	private String sha256;

	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(long proposalId, long fileId, int position, AttachmentKind kind, String name, long size, String sha256,
			Instant createdAt) {
		this.proposalId = proposalId;
		this.fileId = fileId;
		this.position = position;
		this.kind = kind;
		this.name = name;
		this.size = size;
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	AttachmentView view() {
		return new AttachmentView(id, name, size, sha256, kind, position);
	}

	Long id() {
		return id;
	}

	long proposalId() {
		return proposalId;
	}

	long fileId() {
		return fileId;
	}

	AttachmentKind kind() {
		return kind;
	}

	String name() {
		return name;
	}

	int position() {
		return position;
	}

	void moveTo(int position) {
		this.position = position;
	}
}
