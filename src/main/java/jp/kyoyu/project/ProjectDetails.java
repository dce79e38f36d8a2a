package jp.kyoyu.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyoyu.shared.Versioned;

/** Everything about one project: its basic info (see {@link ProjectInput}) and its members. */
public record ProjectDetails(long id, ProjectKind kind, int fiscalYear, String projectNumber, String name,
		String projectField, String workType, LocalDate periodStart, LocalDate periodEnd, String content,
		String address, String westLongitude, String eastLongitude, String northLatitude, String southLatitude,
		String agencyCategoryMajor, String agencyCategoryMiddle, String agencyCategoryMinor, String agencyOfficeName,
		String agencyCode, String contractorName, String contractorCode, String registrationNumber,
		String addressCode, String workMethods, String waterRoutes, Instant createdAt, Instant updatedAt, List<ProjectMemberView> members, long version) implements Versioned {

	/** The basic info as input again, e.g. to pre-fill an edit form or a proposal (C1.3). */
	public ProjectInput toInput() {
		return new ProjectInput(kind, fiscalYear, projectNumber, name, projectField, workType, periodStart, periodEnd,
				content, address, westLongitude, eastLongitude, northLatitude, southLatitude, agencyCategoryMajor,
				agencyCategoryMiddle, agencyCategoryMinor, agencyOfficeName, agencyCode, contractorName,
				contractorCode, registrationNumber, addressCode, workMethods, waterRoutes);
	}
}
