package jp.kyoyu.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An inspector's read-only access to one project for an inspection period (本文5). The period is inclusive and
 * compared with today on every check, so the access ends by itself.
 */
@Entity
@Table(name = "inspection_grant")
class InspectionGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long projectId;

	private String userId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String grantedBy;

	private Instant grantedAt;

	protected InspectionGrant() {
	}

	InspectionGrant(long projectId, String userId, LocalDate validFrom, LocalDate validTo, String grantedBy,
			Instant grantedAt) {
		this.projectId = projectId;
		this.userId = userId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	String userId() {
		return userId;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	String grantedBy() {
		return grantedBy;
	}

	boolean coversDay(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(validTo);
	}
}
