package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A user's function permissions changed. */
public record PermissionsChanged(String userId, String permissions) implements AuditableEvent {

	@Override
	public String action() {
		return "user.permissions-changed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return permissions;
	}
}
