package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A password was set; never carries the password. */
public record PasswordChanged(String userId, boolean byAdministrator) implements AuditableEvent {

	@Override
	public String action() {
		return "user.password-changed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return byAdministrator ? "管理者によるリセット" : "本人による変更";
	}
}
