package jp.kyoyu.document;

import java.time.Instant;

/**
 * One step of a filed proposal's approval record (C5.8): who acted, for whom as deputy (代理, else null), what
 * ({@code action} is the workflow's name such as {@code APPROVE}, {@code actionLabel} its Japanese label) and why.
 */
public record ApprovalEntry(Instant at, String actorUserId, String actorName, String onBehalfOfUserId,
		String onBehalfOfName, String action, String actionLabel, String comment) {

	public boolean byProxy() {
		return onBehalfOfUserId != null || onBehalfOfName != null;
	}
}
