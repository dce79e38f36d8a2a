package jp.kyoyu.project;

import java.time.LocalDate;

/**
 * One line of the project list.
 *
 * @param role the viewer's role, or {@literal null} for an administrator who is not a member
 */
public record ProjectListing(long id, String name, ProjectKind kind, int fiscalYear, String projectNumber,
		LocalDate periodStart, LocalDate periodEnd, ProjectRole role) {
}
