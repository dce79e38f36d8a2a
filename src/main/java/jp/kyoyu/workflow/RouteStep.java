package jp.kyoyu.workflow;

/** One stop of a route, in order (C4.8); {@code name} is filled in answers and may be null in requests. */
public record RouteStep(String userId, String name, RouteRole role) {

	public RouteStep(String userId, RouteRole role) {
		this(userId, null, role);
	}
}
