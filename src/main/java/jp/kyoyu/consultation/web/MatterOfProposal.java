package jp.kyoyu.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.consultation.ConsultationStatus;
import jp.kyoyu.consultation.ConsultationView;

/** The matter a proposal was made from, in short: enough to link back to it. */
@Schema(description = "発議書類の元になった事前協議の案件（詳細は /api/v1/consultations/{id}）")
record MatterOfProposal(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConsultationStatus status) {

	static MatterOfProposal of(ConsultationView matter) {
		return new MatterOfProposal(matter.id(), matter.title(), matter.status());
	}
}
