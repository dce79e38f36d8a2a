package jp.kyoyu.project;

import java.time.LocalDate;

/**
 * The basic info of a project as entered, before validation. The items are those the electronic deliverable's
 * management file asks for (INDEX_C.XML for works, INDEX_D.XML for services). On update, {@code kind} may be
 * left {@literal null}: the kind is fixed once the project exists.
 *
 * @param fiscalYear 発注年度 (2000-2100)
 * @param projectNumber 工事番号 / 業務番号
 * @param name 工事名称 / 業務名称
 * @param projectField 工事分野 / 業務分野
 * @param workType 工事業種 (works only)
 * @param periodStart 工期開始日 / 履行期間-着手
 * @param periodEnd 工期終了日 / 履行期間-完了
 * @param content 工事内容 / 業務概要
 * @param westLongitude 西側境界座標経度, DDDMMSS
 * @param northLatitude 北側境界座標緯度, DDMMSS
 * @param registrationNumber 工事実績システム (CORINS) / 業務実績システム (TECRIS) 登録番号
 * @param addressCode 住所コード (the CORINS 施工場所コード): JIS X 0401/0402, 5 digits without the check digit
 *        (市区町村 01427, a whole 都道府県 01000) or 6 with it (014273)
 * @param workMethods 工種-工法型式: one pair per line, {@code 工種／工法型式}
 * @param waterRoutes 水系-路線: one 対象水系路線名 per line (水系名・河川名 or 路線名)
 */
public record ProjectInput(ProjectKind kind, Integer fiscalYear, String projectNumber, String name,
		String projectField, String workType, LocalDate periodStart, LocalDate periodEnd, String content,
		String address, String westLongitude, String eastLongitude, String northLatitude, String southLatitude,
		String agencyCategoryMajor, String agencyCategoryMiddle, String agencyCategoryMinor, String agencyOfficeName,
		String agencyCode, String contractorName, String contractorCode, String registrationNumber,
		String addressCode, String workMethods, String waterRoutes) {

	/** Only what every project must have; the other items can be filled in later. */
	public static ProjectInput of(ProjectKind kind, int fiscalYear, String name, LocalDate periodStart,
			LocalDate periodEnd) {
		return new ProjectInput(kind, fiscalYear, null, name, null, null, periodStart, periodEnd, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}
}
