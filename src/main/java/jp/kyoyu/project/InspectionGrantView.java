package jp.kyoyu.project;

import java.time.LocalDate;

/** One inspector's grant on the project's member page and in the API; {@code active} is as of today. */
public record InspectionGrantView(long id, long projectId, String userId, String name, LocalDate validFrom,
		LocalDate validTo, String grantedBy, boolean active) {
}
