package jp.kyoyu.identity;

import java.util.List;

import jp.kyoyu.shared.AuditableEvent;

/** A user replaced their list of absence periods (proxy approval, C4.21). */
public record AbsencesChanged(String userId, List<AbsencePeriod> periods) implements AuditableEvent {

	@Override
	public String action() {
		return "user.absences-changed";
	}

	@Override
	public String target() {
		return userId;
	}

	@Override
	public String detail() {
		return periods.size() + "件の不在期間";
	}
}
