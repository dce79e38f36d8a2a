package jp.kyoyu.erasure.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.erasure.ErasureLine;
import jp.kyoyu.identity.UserAccount;

/** The administrators' erasure overview (issue #16): every project's erasure, and whom to disable afterwards. */
@Schema(description = "全工事の契約終了後の消去の状況と、消去済みの工事にしか属していなかった（無効にしてよい）ユーザー")
record ErasureOverviewJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ErasureLine> projects,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "消去済みの工事にしか属していなかったユーザー（管理者が無効にする）") List<UserToDisable> usersToDisable) {

	/** Only who it is: the administrator opens the user's page to disable the account. */
	@Schema(description = "無効にしてよいユーザー")
	record UserToDisable(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {

		static UserToDisable of(UserAccount account) {
			return new UserToDisable(account.userId(), account.name());
		}
	}
}
