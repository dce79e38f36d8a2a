package jp.kyoyu.project;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.shared.Wording;

/**
 * A project's erasure date with what it rests on: the contract end plus the retention period, or a date an
 * administrator set (never before the contract end, unless the contract was cancelled).
 *
 * @param contractEnd the contract's last day ({@code period_end}); {@code null} when the project has none
 * @param retentionDays the days after the contract end a project is kept unless an administrator set another date
 */
public record RetentionPlan(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate erasureDate,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) LocalDate contractEnd,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int retentionDays,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean setByAdministrator,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "契約の解除として管理者が扱ったか（消去日が契約終了日より前でもよい）") boolean contractCancelled) {

	/** The basis in Japanese, as the exported basic info states it to the supervisor. */
	@JsonProperty("basis")
	@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "消去日の根拠（日本語）")
	public String basis() {
		if (setByAdministrator && contractCancelled) {
			return Wording.japanese("project.basic-info.basis.cancelled");
		}
		if (setByAdministrator) {
			return contractEnd == null ? Wording.japanese("project.basic-info.basis.administrator-no-end")
					: Wording.japanese("project.basic-info.basis.administrator", contractEnd);
		}
		return Wording.japanese("project.basic-info.basis.default", contractEnd, retentionDays);
	}
}
