package jp.kyoyu.schedule.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.schedule.CalendarQuery;
import jp.kyoyu.schedule.EventInput;
import jp.kyoyu.schedule.EventView;
import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.shared.web.ETags;

/**
 * JSON API of events: {@code /api/v1/events}. Entries the caller may only see as busy carry no title, place,
 * memo or project, and {@code "busyOnly": true}.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

	private final ScheduleManagement schedule;

	private final ApiRange ranges;

	EventApiController(ScheduleManagement schedule, ApiRange ranges) {
		this.schedule = schedule;
		this.ranges = ranges;
	}

	/**
	 * Occurrences overlapping the range, recurring events once per occurrence. {@code from}/{@code to}: dates
	 * (Japan time, {@code to} included) or date-times with offset ({@code to} excluded); default: 30 days from
	 * today. {@code projectId} and {@code userId} may be repeated.
	 */
	@GetMapping
	List<CalendarEntryJson> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Set<Long> projectId,
			@RequestParam(required = false) Set<String> userId, @AuthenticationPrincipal KyoyuPrincipal user) {
		ApiRange.Range range = ranges.parse(from, to);
		return schedule.calendar(new CalendarQuery(range.from(), range.to(), projectId, userId), user.userId())
			.stream()
			.map(CalendarEntryJson::of)
			.toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<EventJson> get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		EventView event = schedule.get(id, user.userId());
		return ResponseEntity.ok().eTag(ETags.of(event.version())).body(EventJson.of(event));
	}

	/** Registers an event; one id per project ({@code projectIds} empty: one personal event). */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	ResponseEntity<SavedEvents> create(@RequestBody EventInput body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new SavedEvents(schedule.create(body, user.userId())));
	}

	/** Replaces the event; {@code everywhere=true}: every project copy, {@code projectIds} being the new set. */
	@PutMapping("/{id}")
	ResponseEntity<SavedEvents> update(@PathVariable long id,
			@RequestParam(defaultValue = "false") boolean everywhere, @RequestBody EventInput body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		List<Long> ids = schedule.update(id, ETags.expectedVersion(ifMatch), body, everywhere, user.userId());
		if (!ids.contains(id)) {
			return ResponseEntity.ok(new SavedEvents(ids));
		}
		// Read again after the commit: the answer's ETag is the version this change left (the body has no event).
		return ResponseEntity.ok().eTag(ETags.of(schedule.get(id, user.userId()).version())).body(new SavedEvents(ids));
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		schedule.delete(id, ETags.expectedVersion(ifMatch), everywhere, user.userId());
		return ResponseEntity.noContent().build();
	}
}
