package jp.kyoyu.board.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** What marking every unread post read answers. */
@Schema(description = "既読にした投稿の数")
record MarkedRead(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "既読にした投稿の数（未読がなければ 0）") int marked) {
}
