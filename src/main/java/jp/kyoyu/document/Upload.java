package jp.kyoyu.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resumable upload in progress or finished; its bytes so far are the part file named by {@code id}. */
@Entity
@Table(name = "document_upload")
class Upload {

	@Id
	private String id;

	private long projectId;

	private String userId;

	private String name;

	private String contentType;

	private long totalSize;

	private Long fileId;

	private Instant createdAt;

	private Instant updatedAt;

	protected Upload() {
	}

	Upload(String id, long projectId, String userId, String name, String contentType, long totalSize, Instant now) {
		this.id = id;
		this.projectId = projectId;
		this.userId = userId;
		this.name = name;
		this.contentType = contentType;
		this.totalSize = totalSize;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void finished(long fileId, Instant now) {
		this.fileId = fileId;
		this.updatedAt = now;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	String id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	String userId() {
		return userId;
	}

	String name() {
		return name;
	}

	String contentType() {
		return contentType;
	}

	long totalSize() {
		return totalSize;
	}

	Long fileId() {
		return fileId;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
