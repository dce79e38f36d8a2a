package jp.kyoyu.shared;

import org.springframework.boot.actuate.health.Status;

/**
 * The one rule of Kyoyu's readiness checks (docs/monitoring.md): a check reports DOWN only when this node cannot
 * serve users' requests (database, file store); a problem that only delays background work that is retried (the
 * mail server, unsent notices, Camunda's job executor) reports {@link #DEGRADED}. The readiness group ranks it
 * between DOWN and UP and answers it with HTTP 200, so a load balancer keeps the node (an SMTP outage would
 * otherwise take every node out at once) while monitoring still sees it in the status.
 */
public final class Readiness {

	public static final Status DEGRADED = new Status("DEGRADED");

	private Readiness() {
	}
}
