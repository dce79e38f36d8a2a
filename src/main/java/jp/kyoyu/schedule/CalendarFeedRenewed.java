package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;

/** A user's subscription URL was issued or replaced; the old one stops working. The token is never logged. */
public record CalendarFeedRenewed(String userId, boolean replaced) implements AuditableEvent {

	@Override
	public String action() {
		return "schedule.feed-renewed";
	}

	@Override
	public String target() {
		return "user:" + userId;
	}

	@Override
	public String detail() {
		return replaced ? "配信URLを再発行しました（以前のURLは無効）" : "配信URLを発行しました";
	}
}
