package jp.kyoyu.masterdata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "masterdata_agency")
class AgencyEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private String name;

	private String code;

	protected AgencyEntity() {
	}

	AgencyEntity(String name, String code) {
		change(name, code);
	}

	void change(String name, String code) {
		this.name = name;
		this.code = code;
	}

	Long id() {
		return id;
	}

	Agency toAgency() {
		return new Agency(id, name, code, version);
	}

	long version() {
		return version;
	}
}
