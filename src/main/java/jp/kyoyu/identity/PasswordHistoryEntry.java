package jp.kyoyu.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PBKDF2 hash of a password a user had, so the policy can refuse reusing it. */
@Entity
@Table(name = "identity_password_history")
class PasswordHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private String userId;

	private String hash;

	@Column(name = "created_at")
	private Instant createdAt;

	protected PasswordHistoryEntry() {
	}

	PasswordHistoryEntry(String userId, String hash, Instant createdAt) {
		this.userId = userId;
		this.hash = hash;
		this.createdAt = createdAt;
	}

	String hash() {
		return hash;
	}
}
