package jp.kyoyu.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's options that apply across kinds; users without a row receive workflow notices of any importance. */
@Entity
@Table(name = "notification_option")
class NotificationOption {

	@Id
	private String userId;

	private boolean importantOnly;

	protected NotificationOption() {
	}

	NotificationOption(String userId, boolean importantOnly) {
		this.userId = userId;
		this.importantOnly = importantOnly;
	}

	boolean importantOnly() {
		return importantOnly;
	}

	void importantOnly(boolean importantOnly) {
		this.importantOnly = importantOnly;
	}
}
