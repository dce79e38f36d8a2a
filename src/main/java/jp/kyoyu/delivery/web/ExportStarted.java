package jp.kyoyu.delivery.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What starting an export answers (202): the export runs later; poll it at the Location. */
@Schema(description = "受け付けた書き出しのID（状態は Location の URL /api/v1/exports/{id} で確かめる）")
record ExportStarted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id) {
}
