package jp.kyoyu.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link to set a password, known here only by the SHA-256 of its token (X2). */
@Entity
@Table(name = "identity_password_link")
class PasswordLink {

	/** Why the link was sent, which decides the mail's wording. */
	enum Purpose {
		NEW_ACCOUNT, RESET
	}

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "user_id")
	private String userId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordLink() {
	}

	PasswordLink(String tokenHash, String userId, Purpose purpose, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.userId = userId;
		this.purpose = purpose;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	String userId() {
		return userId;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	boolean used() {
		return usedAt != null;
	}

	boolean expiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}
}
