package jp.kyoyu.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a user opened a post; a post without one is unread for them (C2.6). */
@Entity
@Table(name = "board_read_mark")
class ReadMark {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private String userId;

	private Instant readAt;

	protected ReadMark() {
	}

	ReadMark(long postId, String userId, Instant now) {
		this.postId = postId;
		this.userId = userId;
		this.readAt = now;
	}

	long postId() {
		return postId;
	}
}
