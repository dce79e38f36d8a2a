package jp.kyoyu.workflow.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a deputy would reach every project of the caller: a warning to show, never a refusal. */
@Schema(description = "代理者が自分の工事のすべてに届くか（届かない工事があれば warning に日本語の注意。登録は拒まない）")
record DeputyReach(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "問い合わせた代理者のユーザーID") String deputyUserId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, description = "代理者が届かない工事を挙げた注意。すべての工事に届くときは null") String warning) {
}
