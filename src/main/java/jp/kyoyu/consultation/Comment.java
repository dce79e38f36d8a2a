package jp.kyoyu.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.identity.Side;

/** One comment of the thread (S4.10); the side is kept so the thread reads right after role changes. */
@Entity
@Table(name = "consultation_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long matterId;

	private String body;

	private String authorUserId;

	@Enumerated(EnumType.STRING)
	private Side authorSide;

	private Instant createdAt;

	protected Comment() {
	}

	Comment(long matterId, String body, String authorUserId, Side authorSide, Instant now) {
		this.matterId = matterId;
		this.body = body;
		this.authorUserId = authorUserId;
		this.authorSide = authorSide;
		this.createdAt = now;
	}

	long id() {
		return id;
	}

	long matterId() {
		return matterId;
	}

	String body() {
		return body;
	}

	String authorUserId() {
		return authorUserId;
	}

	Side authorSide() {
		return authorSide;
	}

	Instant createdAt() {
		return createdAt;
	}
}
