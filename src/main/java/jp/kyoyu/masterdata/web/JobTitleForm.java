package jp.kyoyu.masterdata.web;

import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.JobTitleInput;

/** The job title form. */
class JobTitleForm {

	/** The version the form was opened with (issue #15); a stale one is refused, what was typed kept. */
	private Long version;

	private String name;

	private Integer displayOrder;

	static JobTitleForm of(JobTitle jobTitle) {
		JobTitleForm form = new JobTitleForm();
		form.version = jobTitle.version();
		form.name = jobTitle.name();
		form.displayOrder = jobTitle.displayOrder();
		return form;
	}

	JobTitleInput toInput() {
		return new JobTitleInput(name, displayOrder);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getDisplayOrder() {
		return displayOrder;
	}

	public void setDisplayOrder(Integer displayOrder) {
		this.displayOrder = displayOrder;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
