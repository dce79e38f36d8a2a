package jp.kyoyu.schedule;

import jp.kyoyu.shared.AuditableEvent;
import jp.kyoyu.shared.Wording;

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
		return Wording.japanese(replaced ? "schedule.audit.feed-renewed" : "schedule.audit.feed-issued");
	}
}
