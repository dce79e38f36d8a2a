package jp.kyoyu.shared;

/**
 * Versions of kept answers that every node of a cluster sees (issue #18). A {@link StampedCache} stamps each value
 * with the version of its row when it was read and uses it only while {@link #current} still says so; forgetting
 * {@link #bump bumps} the row. The application's implementation keeps them in the database.
 */
public interface SharedVersions {

	/** The row's version now (0 when it does not exist yet); in a web request, as the request first saw it. */
	long current(String name);

	/**
	 * Bumps the row when the current transaction commits (at once when there is none), in the same commit as the
	 * change: no node can see the change and still trust a value read before it.
	 */
	void bump(String name);

	/**
	 * In a web request, reads the rows the request will see now, if it has not yet: the session's read calls it inside
	 * its own transaction, so the request's first reads share one commit (issue #21). Elsewhere nothing.
	 */
	default void readForThisRequest() {
	}

	/** For one JVM alone (unit tests, tools): nothing is shared, nothing to bump. */
	static SharedVersions nodeOnly() {
		return new SharedVersions() {
			@Override
			public long current(String name) {
				return 0;
			}

			@Override
			public void bump(String name) {
			}
		};
	}
}
