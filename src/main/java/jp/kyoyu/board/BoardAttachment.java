package jp.kyoyu.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of the storage module on a post, or on one of its replies when {@code replyId} is set. */
@Entity
@Table(name = "board_attachment")
class BoardAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private Long replyId;

	private long fileId;

	private String name;

	private long size;

	private Instant createdAt;

	protected BoardAttachment() {
	}

	BoardAttachment(long postId, Long replyId, long fileId, String name, long size, Instant now) {
		this.postId = postId;
		this.replyId = replyId;
		this.fileId = fileId;
		this.name = name;
		this.size = size;
		this.createdAt = now;
	}

	long id() {
		return id;
	}

	long postId() {
		return postId;
	}

	Long replyId() {
		return replyId;
	}

	long fileId() {
		return fileId;
	}

	BoardAttachmentView view() {
		return new BoardAttachmentView(id, replyId, name, size);
	}
}
