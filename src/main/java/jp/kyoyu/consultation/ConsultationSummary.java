package jp.kyoyu.consultation;

import java.time.Instant;

/**
 * One row of a project's list (S4.13): a pre-consultation matter ({@code stage} PRE_CONSULTATION) or a
 * decision-stage proposal ({@code stage} DECISION, {@code id} is then the proposal's id).
 *
 * @param matterId for a proposal made from a matter, that matter; else null
 */
public record ConsultationSummary(long id, String title, Stage stage, String status, String statusLabel,
		Instant lastCommentAt, Instant updatedAt, Long proposalId, Long matterId) {

	public enum Stage {
		PRE_CONSULTATION, DECISION
	}
}
