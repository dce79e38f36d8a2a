package jp.kyoyu.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether one kind of sensitive number is refused, and who last switched it. */
@Entity
@Table(name = "privacy_check")
class PrivacyCheck {

	@Id
	@Enumerated(EnumType.STRING)
	private SensitiveKind kind;

	private boolean enabled;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected PrivacyCheck() {
	}

	PrivacyCheck(SensitiveKind kind, boolean enabled) {
		this.kind = kind;
		this.enabled = enabled;
	}

	SensitiveKind kind() {
		return kind;
	}

	boolean enabled() {
		return enabled;
	}

	void change(boolean enabled, String userId, Instant at) {
		this.enabled = enabled;
		this.changedBy = userId;
		this.changedAt = at;
	}
}
