package jp.kyoyu.workflow;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A corrected date (C4.17); kept forever with the proposal. */
@Entity
@Table(name = "workflow_correction")
class CorrectionEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private String title;

	@Enumerated(EnumType.STRING)
	private CorrectedDate field;

	private LocalDate oldValue;

	private LocalDate newValue;

	private String reason;

	private String correctorId;

	private String correctorName;

	private Instant correctedAt;

	protected CorrectionEntry() {
	}

	CorrectionEntry(Correction c) {
		this.proposalId = c.proposalId();
		this.title = c.title();
		this.field = c.field();
		this.oldValue = c.oldValue();
		this.newValue = c.newValue();
		this.reason = c.reason();
		this.correctorId = c.correctorUserId();
		this.correctorName = c.correctorName();
		this.correctedAt = c.at();
	}

	Correction view() {
		return new Correction(proposalId, title, field, oldValue, newValue, reason, correctorId, correctorName,
				correctedAt);
	}
}
