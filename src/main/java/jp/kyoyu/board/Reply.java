package jp.kyoyu.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A comment on a post, seen by whoever sees the post. */
@Entity
@Table(name = "board_reply")
class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private long postId;

	private String body;

	private String authorUserId;

	private Instant createdAt;

	protected Reply() {
	}

	Reply(long postId, String body, String authorUserId, Instant now) {
		this.postId = postId;
		this.body = body;
		this.authorUserId = authorUserId;
		this.createdAt = now;
	}

	long id() {
		return id;
	}

	long postId() {
		return postId;
	}

	String body() {
		return body;
	}

	String authorUserId() {
		return authorUserId;
	}

	Instant createdAt() {
		return createdAt;
	}

	long version() {
		return version;
	}
}
