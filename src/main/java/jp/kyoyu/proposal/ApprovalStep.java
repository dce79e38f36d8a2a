package jp.kyoyu.proposal;

import java.time.Instant;

/**
 * One entry of a proposal's approval record: who acted, for whom when as deputy (代理), what and why.
 * Names are resolved when the step happens, so the record stays readable after a user is deleted.
 */
public record ApprovalStep(Instant at, String actorUserId, String actorName, String onBehalfOfUserId,
		String onBehalfOfName, ApprovalAction action, String comment) {
}
