package jp.kyoyu.schedule.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.schedule.EventSource;
import jp.kyoyu.schedule.EventView;

/**
 * One event, {@code GET /api/v1/events/{id}}. As in {@link CalendarEntryJson}, a busy-only viewer gets no details
 * at all (the members are left out, not null), and only the owner gets the series members (to edit every project
 * copy at once, C7.3).
 */
@Schema(description = "予定一件。予定がある事実だけを見られる場合（busyOnly）は内容の項目を、自分の予定でない場合は seriesId・seriesProjectIds を含まない")
record EventJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定の持ち主のユーザーID") String userId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定の持ち主の氏名") String userName,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "開始（日本時間）。終日の予定は初日の 0:00") OffsetDateTime start,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "終了（日本時間、含まない）。終日の予定は最終日の翌日 0:00") OffsetDateTime end,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean allDay,
		@JsonUnwrapped EventDetails details,
		@JsonUnwrapped Series series,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定がある事実だけを見られる（内容は含まない）") boolean busyOnly,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "予定の版（If-Match に使う。ETag と同じ）") long version) {

	static EventJson of(EventView view) {
		EventDetails details = view.busyOnly() ? null
				: new EventDetails(view.title(), view.projectId(), view.place(), view.memo(), view.privateEvent(),
						view.source(), view.rrule());
		Series series = view.mine() ? new Series(view.seriesId(), view.seriesProjectIds()) : null;
		return new EventJson(view.id(), view.userId(), view.userName(), view.start(), view.end(), view.allDay(),
				details, series, view.busyOnly(), view.version());
	}

	/** What a busy-only viewer does not see. */
	record EventDetails(@Schema(description = "件名（busyOnly のときは含まない）") String title,
			@Schema(description = "工事ID。個人の予定は null（busyOnly のときは含まない）") Long projectId,
			@Schema(description = "場所（busyOnly のときは含まない）") String place,
			@Schema(description = "メモ（busyOnly のときは含まない）") String memo,
			@Schema(description = "非公開の予定か（busyOnly のときは含まない）") @JsonProperty("private") Boolean privateEvent,
			@Schema(description = "登録の経路（busyOnly のときは含まない）") EventSource source,
			@Schema(description = "取り込んだ繰り返しの規則（RRULE、表示用。busyOnly のときは含まない）") String rrule) {
	}

	/** Only the owner's: the copies of one event registered in several projects. */
	record Series(@Schema(description = "複数の工事に登録した同じ予定に共通のID（自分の予定のときだけ）") String seriesId,
			@Schema(description = "同じ予定を登録したすべての工事のID（自分の予定のときだけ）") List<Long> seriesProjectIds) {
	}
}
