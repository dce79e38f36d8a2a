package jp.kyoyu.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored file linked to a matter as material ({@code commentId} null) or to one of its comments. */
@Entity
@Table(name = "consultation_file")
class MatterFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long matterId;

	private Long commentId;

	private long fileId;

	private String name;

	private long size;

	private String uploadedBy;

	private Instant createdAt;

	protected MatterFile() {
	}

	MatterFile(long matterId, Long commentId, long fileId, String name, long size, String uploadedBy, Instant now) {
		this.matterId = matterId;
		this.commentId = commentId;
		this.fileId = fileId;
		this.name = name;
		this.size = size;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	long id() {
		return id;
	}

	long matterId() {
		return matterId;
	}

	Long commentId() {
		return commentId;
	}

	long fileId() {
		return fileId;
	}

	String name() {
		return name;
	}

	ConsultationFileView view() {
		return new ConsultationFileView(id, name, size, commentId, uploadedBy, createdAt);
	}
}
