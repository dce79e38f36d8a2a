package jp.kyoyu.project;

import java.time.LocalDate;

import jp.kyoyu.shared.AuditableEvent;

/** An inspector was given read-only access to a project for an inspection period. */
public record InspectionGranted(long projectId, String userId, LocalDate validFrom, LocalDate validTo)
		implements AuditableEvent {

	@Override
	public String action() {
		return "project.inspection-granted";
	}

	@Override
	public String target() {
		return "project:" + projectId;
	}

	@Override
	public String detail() {
		return userId + "（検査員 " + validFrom + "〜" + validTo + "）";
	}
}
