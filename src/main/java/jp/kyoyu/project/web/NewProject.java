package jp.kyoyu.project.web;

import java.time.LocalDate;

import jp.kyoyu.project.ProjectInput;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.project.ProjectRole;

/**
 * The body of {@code POST /api/v1/projects}: the fields of {@link ProjectInput} and, optionally, the creator's own
 * role. Spelled out rather than {@code @JsonUnwrapped}, because Jackson reads an unwrapped part from a buffer that no
 * longer knows which field a wrong value came from, and the 400 must name the field.
 */
record NewProject(ProjectKind kind, Integer fiscalYear, String projectNumber, String name, String projectField,
		String workType, LocalDate periodStart, LocalDate periodEnd, String content, String address,
		String westLongitude, String eastLongitude, String northLatitude, String southLatitude,
		String agencyCategoryMajor, String agencyCategoryMiddle, String agencyCategoryMinor, String agencyOfficeName,
		String agencyCode, String contractorName, String contractorCode, String registrationNumber,
		String addressCode, String workMethods, String waterRoutes, ProjectRole creatorRole) {

	ProjectInput project() {
		return new ProjectInput(kind, fiscalYear, projectNumber, name, projectField, workType, periodStart, periodEnd,
				content, address, westLongitude, eastLongitude, northLatitude, southLatitude, agencyCategoryMajor,
				agencyCategoryMiddle, agencyCategoryMinor, agencyOfficeName, agencyCode, contractorName,
				contractorCode, registrationNumber, addressCode, workMethods, waterRoutes);
	}
}
