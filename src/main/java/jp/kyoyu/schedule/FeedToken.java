package jp.kyoyu.schedule;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret in a user's subscription URL; whoever knows it reads that user's own events. */
@Entity
@Table(name = "schedule_feed_token")
class FeedToken {

	@Id
	private String userId;

	private String token;

	private Instant createdAt;

	protected FeedToken() {
	}

	FeedToken(String userId, String token, Instant createdAt) {
		this.userId = userId;
		this.token = token;
		this.createdAt = createdAt;
	}

	void renew(String newToken, Instant now) {
		this.token = newToken;
		this.createdAt = now;
	}

	String userId() {
		return userId;
	}

	String token() {
		return token;
	}
}
