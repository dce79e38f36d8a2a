package jp.kyoyu.workflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resubmission after a send-back and what it changed (C4.16). */
@Entity
@Table(name = "workflow_revision")
class RevisionEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long proposalId;

	private int number;

	private Instant revisedAt;

	private String userId;

	/** The changed parts' names, one per line. */
	private String changes;

	private String comment;

	protected RevisionEntry() {
	}

	RevisionEntry(long proposalId, int number, Instant at, String userId, List<String> changes, String comment) {
		this.proposalId = proposalId;
		this.number = number;
		this.revisedAt = at;
		this.userId = userId;
		this.changes = String.join("\n", changes);
		this.comment = comment;
	}

	Revision view() {
		return new Revision(number, revisedAt, userId,
				changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n")), comment);
	}
}
