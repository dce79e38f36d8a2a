package jp.kyoyu.masterdata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "masterdata_job_title")
class JobTitleEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private String name;

	@Column(name = "display_order")
	private int displayOrder;

	protected JobTitleEntity() {
	}

	JobTitleEntity(String name, int displayOrder) {
		change(name, displayOrder);
	}

	void change(String name, int displayOrder) {
		this.name = name;
		this.displayOrder = displayOrder;
	}

	Long id() {
		return id;
	}

	JobTitle toJobTitle() {
		return new JobTitle(id, name, displayOrder, version);
	}

	long version() {
		return version;
	}
}
