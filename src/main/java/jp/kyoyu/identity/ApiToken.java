package jp.kyoyu.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token, known here only by the SHA-256 of its secret (issue #21, docs/security/api-tokens.md). */
@Entity
@Table(name = "identity_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private String userId;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String userId, String name, String tokenHash, Instant createdAt, String createdBy, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.expiresAt = expiresAt;
	}

	long id() {
		return id;
	}

	String userId() {
		return userId;
	}

	String name() {
		return name;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}

	boolean expiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}

	/** Whether the last use on record is older than {@code interval}, so that this use is worth writing down. */
	boolean lastUseStaleAt(Instant now, Duration interval) {
		return lastUsedAt == null || !lastUsedAt.plus(interval).isAfter(now);
	}

	void revoke(Instant now) {
		revokedAt = now;
	}

	ApiTokenView view(Instant now) {
		return new ApiTokenView(id, name, createdAt, createdBy, expiresAt, lastUsedAt, expiredAt(now));
	}
}
