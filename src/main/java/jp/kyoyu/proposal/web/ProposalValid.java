package jp.kyoyu.proposal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a check that finds nothing answers; problems answer 422 with every one named instead, never false. */
@Schema(description = "提出に必要な項目がそろっている（不足があれば 422 で各項目を挙げるので、常に true）")
record ProposalValid(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "true") boolean valid) {
}
