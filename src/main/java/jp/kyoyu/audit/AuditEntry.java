package jp.kyoyu.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One recorded event. Immutable: the trail is only ever appended to. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	private String target;

	private String detail;

	@Column(name = "remote_address")
	private String remoteAddress;

	private boolean succeeded;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String target, String detail, String remoteAddress,
			boolean succeeded) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.detail = detail;
		this.remoteAddress = remoteAddress;
		this.succeeded = succeeded;
	}

	AuditRecord toRecord() {
		return new AuditRecord(id, occurredAt, actor, action, target, detail, remoteAddress, succeeded);
	}
}
