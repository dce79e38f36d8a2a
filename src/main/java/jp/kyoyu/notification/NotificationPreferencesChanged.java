package jp.kyoyu.notification;

import jp.kyoyu.shared.AuditableEvent;

/** A user changed which notices they receive; {@code detail} lists what is now switched off. */
public record NotificationPreferencesChanged(String userId, String summary) implements AuditableEvent {

	@Override
	public String action() {
		return "notification.preferences-changed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return summary;
	}
}
