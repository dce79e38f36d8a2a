package jp.kyoyu.project;

import java.util.function.Function;

/**
 * The items of the basic info with their Japanese labels, which differ between works and services
 * (工事名称 / 業務名称), and their maximum lengths. Used for validation messages and the change log.
 */
enum ProjectField {

	KIND("kind", "種別", null, 0, ProjectInput::kind),
	FISCAL_YEAR("fiscalYear", "発注年度", null, 0, ProjectInput::fiscalYear),
	PROJECT_NUMBER("projectNumber", "工事番号", "業務番号", 50, ProjectInput::projectNumber),
	NAME("name", "工事名称", "業務名称", 127, ProjectInput::name),
	PROJECT_FIELD("projectField", "工事分野", "業務分野", 100, ProjectInput::projectField),
	WORK_TYPE("workType", "工事業種", null, 100, ProjectInput::workType),
	PERIOD_START("periodStart", "工期開始日", "履行期間（着手）", 0, ProjectInput::periodStart),
	PERIOD_END("periodEnd", "工期終了日", "履行期間（完了）", 0, ProjectInput::periodEnd),
	CONTENT("content", "工事内容", "業務概要", 2000, ProjectInput::content),
	ADDRESS("address", "住所", null, 200, ProjectInput::address),
	WEST_LONGITUDE("westLongitude", "西側境界座標経度", null, 0, ProjectInput::westLongitude),
	EAST_LONGITUDE("eastLongitude", "東側境界座標経度", null, 0, ProjectInput::eastLongitude),
	NORTH_LATITUDE("northLatitude", "北側境界座標緯度", null, 0, ProjectInput::northLatitude),
	SOUTH_LATITUDE("southLatitude", "南側境界座標緯度", null, 0, ProjectInput::southLatitude),
	AGENCY_CATEGORY_MAJOR("agencyCategoryMajor", "発注者-大分類", null, 100, ProjectInput::agencyCategoryMajor),
	AGENCY_CATEGORY_MIDDLE("agencyCategoryMiddle", "発注者-中分類", null, 100,
			ProjectInput::agencyCategoryMiddle),
	AGENCY_CATEGORY_MINOR("agencyCategoryMinor", "発注者-小分類", null, 100, ProjectInput::agencyCategoryMinor),
	AGENCY_OFFICE_NAME("agencyOfficeName", "発注者機関事務所名", null, 100, ProjectInput::agencyOfficeName),
	AGENCY_CODE("agencyCode", "発注者コード", null, 20, ProjectInput::agencyCode),
	CONTRACTOR_NAME("contractorName", "受注者名", null, 127, ProjectInput::contractorName),
	CONTRACTOR_CODE("contractorCode", "受注者コード", null, 20, ProjectInput::contractorCode),
	REGISTRATION_NUMBER("registrationNumber", "工事実績システム登録番号（CORINS）",
			"業務実績システム登録番号（TECRIS）", 20, ProjectInput::registrationNumber);

	private final String property;

	private final String worksLabel;

	private final String serviceLabel;

	private final int maxLength;

	private final Function<ProjectInput, Object> value;

	ProjectField(String property, String worksLabel, String serviceLabel, int maxLength,
			Function<ProjectInput, Object> value) {
		this.property = property;
		this.worksLabel = worksLabel;
		this.serviceLabel = serviceLabel == null ? worksLabel : serviceLabel;
		this.maxLength = maxLength;
		this.value = value;
	}

	/** The JSON property and form field name. */
	String property() {
		return property;
	}

	/** The label in the wording of the kind; both wordings while the kind is not known yet. */
	String label(ProjectKind kind) {
		if (kind == null) {
			return worksLabel.equals(serviceLabel) ? worksLabel : worksLabel + "・" + serviceLabel;
		}
		return kind == ProjectKind.WORKS ? worksLabel : serviceLabel;
	}

	/** 0 for items that are not free text. */
	int maxLength() {
		return maxLength;
	}

	Object valueOf(ProjectInput input) {
		return value.apply(input);
	}
}
