package jp.kyoyu.schedule.web;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.schedule.CalendarEntry;

/**
 * One occurrence in {@code GET /api/v1/events}. An entry the caller may only see as busy leaves out title, project,
 * place, memo and private altogether (not {@code null}: a client tells "no place given" from "not yours to see"),
 * which is why those members are an unwrapped part that is there or not.
 */
@Schema(description = "予定の一回分（繰り返しの予定は回ごと）。予定がある事実だけを見られる場合（busyOnly）は件名・工事・場所・メモ・非公開の各項目を含まない")
record CalendarEntryJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定の持ち主のユーザーID") String userId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定の持ち主の氏名") String userName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "開始（日本時間）。終日の予定は初日の 0:00") OffsetDateTime start,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "終了（日本時間、含まない）。終日の予定は最終日の翌日 0:00") OffsetDateTime end,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean allDay,
		@JsonUnwrapped EntryDetails details,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "繰り返しの予定の一回か") boolean recurring,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定がある事実だけを見られる（内容は含まない）") boolean busyOnly) {

	static CalendarEntryJson of(CalendarEntry entry) {
		EntryDetails details = entry.busyOnly() ? null
				: new EntryDetails(entry.title(), entry.projectId(), entry.place(), entry.memo(), entry.privateEvent());
		return new CalendarEntryJson(entry.id(), entry.userId(), entry.userName(), entry.start(), entry.end(),
				entry.allDay(), details, entry.recurring(), entry.busyOnly());
	}

	/** What a busy-only viewer does not see; {@code projectId} is null for a personal event. */
	record EntryDetails(@Schema(description = "件名（busyOnly のときは含まない）") String title,
			@Schema(description = "工事ID。個人の予定は null（busyOnly のときは含まない）") Long projectId,
			@Schema(description = "場所（busyOnly のときは含まない）") String place,
			@Schema(description = "メモ（busyOnly のときは含まない）") String memo,
			@Schema(description = "非公開の予定か（busyOnly のときは含まない）") @JsonProperty("private") Boolean privateEvent) {
	}
}
