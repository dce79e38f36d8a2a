package jp.kyoyu.schedule.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What registering or changing an event answers: one event per project, so one id each. */
@Schema(description = "登録・変更した予定のID（工事ごとに一件。工事を指定しない個人の予定は一件）")
record SavedEvents(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids) {
}
