package jp.kyoyu.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What completing a task answers; a task that cannot be completed answers an error instead, never false. */
@Schema(description = "タスクを完了した（完了できない場合はエラーを返すので、常に true）")
record TaskCompleted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "true") boolean completed) {
}
