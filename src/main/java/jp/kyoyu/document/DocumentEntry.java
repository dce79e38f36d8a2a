package jp.kyoyu.document;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A document in a folder: registered by a user, or a filed proposal ({@code proposalId} set). */
@Entity
@Table(name = "document_entry")
class DocumentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private long projectId;

	private long folderId;

	private String title;

	private String category;

	@Column(name = "document_date")
	private LocalDate date;

	private String authorUserId;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status;

	private Long proposalId;

	private String documentTypeKey;

	private Instant createdAt;

	private Instant updatedAt;

	protected DocumentEntry() {
	}

	DocumentEntry(long projectId, long folderId, String title, String category, LocalDate date, String authorUserId,
			String authorName, DocumentStatus status, Long proposalId, String documentTypeKey, Instant now) {
		this.projectId = projectId;
		this.folderId = folderId;
		this.title = title;
		this.category = category;
		this.date = date;
		this.authorUserId = authorUserId;
		this.authorName = authorName;
		this.status = status;
		this.proposalId = proposalId;
		this.documentTypeKey = documentTypeKey;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void moveTo(long folderId, Instant now) {
		this.folderId = folderId;
		this.updatedAt = now;
	}

	void status(DocumentStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	long folderId() {
		return folderId;
	}

	String title() {
		return title;
	}

	String category() {
		return category;
	}

	LocalDate date() {
		return date;
	}

	String authorUserId() {
		return authorUserId;
	}

	String authorName() {
		return authorName;
	}

	DocumentStatus status() {
		return status;
	}

	Long proposalId() {
		return proposalId;
	}

	String documentTypeKey() {
		return documentTypeKey;
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
