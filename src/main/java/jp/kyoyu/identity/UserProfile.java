package jp.kyoyu.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.shared.DateStyle;

/** The part of a user that Camunda's user table has no column for. */
@Entity
@Table(name = "identity_user_profile")
class UserProfile {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String organisation;

	@Column(name = "job_title")
	private String jobTitle;

	private String phone;

	private boolean enabled;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	/** The name of a {@link jp.kyoyu.shared.DateStyle}; a string so an unknown value reads as the default. */
	@Column(name = "date_style")
	private String dateStyle = DateStyle.DEFAULT.name();

	protected UserProfile() {
	}

	UserProfile(String userId, Side side, Instant now) {
		this.userId = userId;
		this.side = side;
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	void update(Side side, String organisation, String jobTitle, String phone) {
		this.side = side;
		this.organisation = organisation;
		this.jobTitle = jobTitle;
		this.phone = phone;
	}

	String userId() {
		return userId;
	}

	Side side() {
		return side;
	}

	String organisation() {
		return organisation;
	}

	String jobTitle() {
		return jobTitle;
	}

	String phone() {
		return phone;
	}

	boolean enabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	DateStyle dateStyle() {
		return DateStyle.named(dateStyle);
	}

	void chooseDateStyle(DateStyle style) {
		this.dateStyle = style.name();
	}

	void passwordChanged(Instant at) {
		this.passwordChangedAt = at;
	}
}
