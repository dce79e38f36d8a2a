package jp.kyoyu.workflow.web;

import java.time.Instant;

/**
 * One row of the auditors' history: what was done at one step, by whom, for whom and when, as Kyoyu's approval
 * record says, with the Camunda task it was checked against. {@code mismatch} says (in the reader's language)
 * where the two records disagree; {@literal null} when they agree.
 *
 * @param action the record's action code ({@code APPROVE}, {@code SEND_BACK_TO_PROPOSER}, …), {@literal null} for
 *        a row only Camunda knows
 * @param actionName what the auditor reads: 承認, 差戻し（発議者へ）, 先行承認, … or the Camunda task's name
 * @param proxy the actor acted as deputy (代理) of {@code onBehalfOf}
 * @param open the Camunda task is not completed yet (a running process)
 */
record AuditedStep(String action, String actionName, boolean proxy, String actorId, String actorName,
		String onBehalfOfId, String onBehalfOfName, Instant at, String comment, String engineTask,
		String engineAssignee, String engineCompletedBy, String mismatch, boolean open) {
}
