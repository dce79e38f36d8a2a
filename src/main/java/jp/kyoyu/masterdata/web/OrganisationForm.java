package jp.kyoyu.masterdata.web;

import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.masterdata.OrganisationInput;
import jp.kyoyu.masterdata.OrganisationKind;

/** The organisation form. */
class OrganisationForm {

	/** The version the form was opened with (issue #15); a stale one is refused, what was typed kept. */
	private Long version;

	private String name;

	private OrganisationKind kind;

	private Long agencyId;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.version = organisation.version();
		form.name = organisation.name();
		form.kind = organisation.kind();
		form.agencyId = organisation.agencyId();
		return form;
	}

	OrganisationInput toInput() {
		return new OrganisationInput(name, kind, agencyId);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
