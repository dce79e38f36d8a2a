package jp.kyoyu.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What turning a matter into a proposal answers: the new draft, at the Location. */
@Schema(description = "案件から作成した発議書類（下書き）のID")
record ProposalFromMatter(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long proposalId) {
}
