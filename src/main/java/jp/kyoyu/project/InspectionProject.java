package jp.kyoyu.project;

import java.time.LocalDate;

/** A project an inspector may inspect (their home page), with the period and whether it is open today. */
public record InspectionProject(long projectId, String name, ProjectKind kind, LocalDate validFrom,
		LocalDate validTo, boolean active) {
}
