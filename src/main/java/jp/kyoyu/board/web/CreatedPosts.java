package jp.kyoyu.board.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What posting to several projects at once answers (S2.8): one post per project. */
@Schema(description = "工事ごとに作成した投稿のID（指定した工事の順）")
record CreatedPosts(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids) {
}
