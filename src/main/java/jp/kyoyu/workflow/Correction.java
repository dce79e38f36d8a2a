package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;

/** One corrected date (C4.17): who, when, which document and date, the old and the new value, and why. */
public record Correction(long proposalId, String title, CorrectedDate field, LocalDate oldValue,
		LocalDate newValue, String reason, String correctorUserId, String correctorName, Instant at) {
}
