package jp.kyoyu.identity;

/** How far a user may use one {@link Feature}; each level includes the ones before it. */
public enum AccessLevel {
	NONE, READ, WRITE, MANAGE;

	public boolean allows(AccessLevel required) {
		return compareTo(required) >= 0;
	}

	/** The Spring Security authority that stands for this level of a feature, e.g. {@code BOARD_WRITE}. */
	public static String authority(Feature feature, AccessLevel level) {
		return feature.name() + "_" + level.name();
	}
}
