package jp.kyoyu.project;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A project's 基本情報 as exported (G-5, issue #16): every item of the basic info with its label, the members and
 * their roles, and the erasure date with its basis, so the contractor can report the date to the supervisor.
 *
 * @param erasure {@code null} when no erasure date can be given (no contract end)
 */
@Schema(description = "工事・業務の基本情報（項目、参加者と役割、データ消去予定日とその根拠）")
public record BasicInfo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProjectKind kind,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<BasicInfoItem> items,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<BasicInfoMember> members,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "データ消去予定日と根拠。契約終了日がなければ null") RetentionPlan erasure,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "出力した日時") Instant issuedAt) {
}
