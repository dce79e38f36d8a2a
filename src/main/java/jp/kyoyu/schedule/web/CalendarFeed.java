package jp.kyoyu.schedule.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The caller's private subscription address. */
@Schema(description = "自分の予定を購読する非公開の URL（グループウェア等に登録する。更新すると古い URL は使えなくなる）")
record CalendarFeed(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri") String url) {
}
