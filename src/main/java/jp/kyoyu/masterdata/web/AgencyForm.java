package jp.kyoyu.masterdata.web;

import jp.kyoyu.masterdata.Agency;
import jp.kyoyu.masterdata.AgencyInput;

/** The agency form, holding exactly what was typed so a refused form shows it again. */
class AgencyForm {

	/** The version the form was opened with (issue #15); a stale one is refused, what was typed kept. */
	private Long version;

	private String name;

	private String code;

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.version = agency.version();
		form.name = agency.name();
		form.code = agency.code();
		return form;
	}

	AgencyInput toInput() {
		return new AgencyInput(name, code);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
