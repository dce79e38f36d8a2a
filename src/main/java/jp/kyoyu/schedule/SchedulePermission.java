package jp.kyoyu.schedule;

import org.springframework.stereotype.Component;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.shared.ForbiddenException;
import jp.kyoyu.shared.Wording;

/**
 * The per-function permission of C8.3 for schedules: READ to look, WRITE to register, change, delete and import
 * (every new user has WRITE; an administrator may lower it). A disabled or deleted account has neither.
 */
@Component
class SchedulePermission {

	private final IdentityManagement identity;

	SchedulePermission(IdentityManagement identity) {
		this.identity = identity;
	}

	boolean allows(String userId, AccessLevel level) {
		return identity.find(userId)
			.filter(user -> user.enabled() && user.level(Feature.SCHEDULE).allows(level))
			.isPresent();
	}

	void requireRead(String userId) {
		if (!allows(userId, AccessLevel.READ)) {
			throw new ForbiddenException(Wording.of("schedule.permission.none"));
		}
	}

	void requireWrite(String userId) {
		if (!allows(userId, AccessLevel.WRITE)) {
			throw new ForbiddenException(Wording.of("schedule.permission.read-only"));
		}
	}
}
