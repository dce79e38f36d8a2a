package jp.kyoyu.identity;

import jp.kyoyu.shared.AuditableEvent;

/** A one-time password link was issued and handed to the mail; never carries the token. */
public record PasswordLinkSent(String userId, boolean newAccount) implements AuditableEvent {

	@Override
	public String action() {
		return "user.password-link";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return newAccount ? "新規アカウントのパスワード設定リンクを送信" : "パスワード再設定リンクを送信";
	}
}
