package jp.kyoyu.identity;

import java.util.Map;

/** What other modules and screens know of a user. */
public record UserAccount(String userId, String name, String email, Side side, String organisation,
		String jobTitle, String phone, boolean enabled, Map<Feature, AccessLevel> permissions) {

	public AccessLevel level(Feature feature) {
		return permissions.getOrDefault(feature, AccessLevel.NONE);
	}

	public boolean isAdministrator() {
		return level(Feature.ADMIN).allows(AccessLevel.WRITE);
	}
}
