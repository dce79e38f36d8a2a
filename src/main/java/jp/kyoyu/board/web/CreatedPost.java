package jp.kyoyu.board.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What posting to one project answers; the post itself is at the Location. */
@Schema(description = "作成した投稿のID（投稿は Location の URL で読める）")
record CreatedPost(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id) {
}
