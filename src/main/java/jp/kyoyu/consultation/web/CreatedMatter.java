package jp.kyoyu.consultation.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What registering a matter answers; the matter itself is at the Location. */
@Schema(description = "登録した事前協議の案件のID（案件は Location の URL で読める）")
record CreatedMatter(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id) {
}
