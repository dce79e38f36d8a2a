package jp.kyoyu.erasure.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What starting an erasure answers (202): the job runs later; its progress is at the Location. */
@Schema(description = "受け付けた消去処理のジョブID（進み具合は Location の URL で確かめる）")
record ErasureStarted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long jobId) {
}
