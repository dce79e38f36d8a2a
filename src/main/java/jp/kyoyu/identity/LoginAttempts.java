package jp.kyoyu.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Consecutive failed logins of one user id (known or not), and until when it is locked. */
@Entity
@Table(name = "identity_login_attempt")
class LoginAttempts {

	@Id
	@Column(name = "user_id")
	private String userId;

	private int failures;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected LoginAttempts() {
	}

	LoginAttempts(String userId) {
		this.userId = userId;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	void unlock() {
		failures = 0;
		lockedUntil = null;
	}
}
