package jp.kyoyu.workflow.web;

import jp.kyoyu.workflow.RouteRole;

/** One row of the route editor as typed: the user id may still be empty, the role unknown. */
record RouteLine(String userId, RouteRole role) {

	static RouteLine parse(String userId, String role) {
		RouteRole parsed = null;
		for (RouteRole r : RouteRole.values()) {
			if (r.name().equals(role)) {
				parsed = r;
			}
		}
		return new RouteLine(userId == null ? "" : userId.strip(), parsed);
	}
}
