package jp.kyoyu.masterdata.web;

import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.JobTitleInput;

/** The job title form. */
class JobTitleForm {

	private String name;

	private Integer displayOrder;

	static JobTitleForm of(JobTitle jobTitle) {
		JobTitleForm form = new JobTitleForm();
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
}
