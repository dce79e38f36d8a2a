package jp.kyoyu.project;

import java.util.function.Function;

import jp.kyoyu.shared.Wording;

/**
 * The items of the basic info with their Japanese labels (project.field.* in project.properties), which differ
 * between works and services (工事名称 / 業務名称), and their maximum lengths. Used for validation messages and the change log.
 */
enum ProjectField {

	KIND("kind", 0, ProjectInput::kind),
	FISCAL_YEAR("fiscalYear", 0, ProjectInput::fiscalYear),
	PROJECT_NUMBER("projectNumber", 50, ProjectInput::projectNumber),
	NAME("name", 127, ProjectInput::name),
	PROJECT_FIELD("projectField", 100, ProjectInput::projectField),
	WORK_TYPE("workType", 100, ProjectInput::workType),
	PERIOD_START("periodStart", 0, ProjectInput::periodStart),
	PERIOD_END("periodEnd", 0, ProjectInput::periodEnd),
	CONTENT("content", 2000, ProjectInput::content),
	ADDRESS("address", 200, ProjectInput::address),
	WEST_LONGITUDE("westLongitude", 0, ProjectInput::westLongitude),
	EAST_LONGITUDE("eastLongitude", 0, ProjectInput::eastLongitude),
	NORTH_LATITUDE("northLatitude", 0, ProjectInput::northLatitude),
	SOUTH_LATITUDE("southLatitude", 0, ProjectInput::southLatitude),
	AGENCY_CATEGORY_MAJOR("agencyCategoryMajor", 100, ProjectInput::agencyCategoryMajor),
	AGENCY_CATEGORY_MIDDLE("agencyCategoryMiddle", 100, ProjectInput::agencyCategoryMiddle),
	AGENCY_CATEGORY_MINOR("agencyCategoryMinor", 100, ProjectInput::agencyCategoryMinor),
	AGENCY_OFFICE_NAME("agencyOfficeName", 100, ProjectInput::agencyOfficeName),
	AGENCY_CODE("agencyCode", 20, ProjectInput::agencyCode),
	CONTRACTOR_NAME("contractorName", 127, ProjectInput::contractorName),
	CONTRACTOR_CODE("contractorCode", 20, ProjectInput::contractorCode),
	REGISTRATION_NUMBER("registrationNumber", 20, ProjectInput::registrationNumber),
	ADDRESS_CODE("addressCode", 0, ProjectInput::addressCode),
	WORK_METHODS("workMethods", 2000, ProjectInput::workMethods),
	WATER_ROUTES("waterRoutes", 2000, ProjectInput::waterRoutes);

	private final String property;

	private final int maxLength;

	private final Function<ProjectInput, Object> value;

	ProjectField(String property, int maxLength, Function<ProjectInput, Object> value) {
		this.property = property;
		this.maxLength = maxLength;
		this.value = value;
	}

	/** The JSON property and form field name. */
	String property() {
		return property;
	}

	/**
	 * The label in the wording of the kind; both wordings while the kind is not known yet. Japanese always
	 * (project.field.* in project.properties, as the pages show them): the change log records these labels.
	 */
	String label(ProjectKind kind) {
		if (kind == null) {
			String works = label(ProjectKind.WORKS);
			String service = label(ProjectKind.SERVICE);
			return works.equals(service) ? works : works + "・" + service;
		}
		return Wording.japanese("project.field." + property + "." + kind.name());
	}

	/** 0 for items that are not free text. */
	int maxLength() {
		return maxLength;
	}

	Object valueOf(ProjectInput input) {
		return value.apply(input);
	}
}
