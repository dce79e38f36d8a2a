package jp.kyoyu.masterdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "masterdata_organisation")
class OrganisationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	@Column(name = "agency_id")
	private Long agencyId;

	protected OrganisationEntity() {
	}

	OrganisationEntity(OrganisationInput input) {
		change(input);
	}

	void change(OrganisationInput input) {
		this.name = input.name();
		this.kind = input.kind();
		this.agencyId = input.agencyId();
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	OrganisationKind kind() {
		return kind;
	}

	Long agencyId() {
		return agencyId;
	}

	long version() {
		return version;
	}
}
