package jp.kyoyu.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What approving ahead answers; a refusal answers an error instead, never false. */
@Schema(description = "先に承認した（できない場合はエラーを返すので、常に true）")
record ApprovedAhead(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "true") boolean approvedAhead) {
}
