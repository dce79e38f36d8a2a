package jp.kyoyu.project;

import java.time.LocalDate;

import jp.kyoyu.shared.AuditableEvent;

/** An inspector's grant was withdrawn before (or after) its period ended. */
public record InspectionRevoked(long projectId, String userId, LocalDate validFrom, LocalDate validTo)
		implements AuditableEvent {

	@Override
	public String action() {
		return "project.inspection-revoked";
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
