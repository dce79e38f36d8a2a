package jp.kyoyu.masterdata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "masterdata_agency")
class AgencyEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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
		return new Agency(id, name, code);
	}
}
