package jp.kyoyu.schedule.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jp.kyoyu.schedule.CalendarEntry;
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
	List<Map<String, Object>> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Set<Long> projectId,
			@RequestParam(required = false) Set<String> userId, @AuthenticationPrincipal KyoyuPrincipal user) {
		ApiRange.Range range = ranges.parse(from, to);
		return schedule.calendar(new CalendarQuery(range.from(), range.to(), projectId, userId), user.userId())
			.stream()
			.map(EventApiController::json)
			.toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<Map<String, Object>> get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		EventView event = schedule.get(id, user.userId());
		return ResponseEntity.ok().eTag(ETags.of(event.version())).body(json(event));
	}

	/** Registers an event; one id per project ({@code projectIds} empty: one personal event). */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	ResponseEntity<Map<String, List<Long>>> create(@RequestBody EventInput body,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ids", schedule.create(body, user.userId())));
	}

	/** Replaces the event; {@code everywhere=true}: every project copy, {@code projectIds} being the new set. */
	@PutMapping("/{id}")
	ResponseEntity<Map<String, List<Long>>> update(@PathVariable long id,
			@RequestParam(defaultValue = "false") boolean everywhere, @RequestBody EventInput body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		List<Long> ids = schedule.update(id, ETags.expectedVersion(ifMatch), body, everywhere, user.userId());
		if (!ids.contains(id)) {
			return ResponseEntity.ok(Map.of("ids", ids));
		}
		// Read again after the commit: the answer's ETag is the version this change left (the body has no event).
		return ResponseEntity.ok().eTag(ETags.of(schedule.get(id, user.userId()).version())).body(Map.of("ids", ids));
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		schedule.delete(id, ETags.expectedVersion(ifMatch), everywhere, user.userId());
		return ResponseEntity.noContent().build();
	}

	private static Map<String, Object> json(CalendarEntry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", entry.id());
		json.put("userId", entry.userId());
		json.put("userName", entry.userName());
		if (!entry.busyOnly()) {
			json.put("title", entry.title());
		}
		json.put("start", entry.start());
		json.put("end", entry.end());
		json.put("allDay", entry.allDay());
		if (!entry.busyOnly()) {
			json.put("projectId", entry.projectId());
			json.put("place", entry.place());
			json.put("memo", entry.memo());
			json.put("private", entry.privateEvent());
		}
		json.put("recurring", entry.recurring());
		json.put("busyOnly", entry.busyOnly());
		return json;
	}

	private static Map<String, Object> json(EventView view) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", view.id());
		json.put("userId", view.userId());
		json.put("userName", view.userName());
		if (!view.busyOnly()) {
			json.put("title", view.title());
		}
		json.put("start", view.start());
		json.put("end", view.end());
		json.put("allDay", view.allDay());
		if (!view.busyOnly()) {
			json.put("projectId", view.projectId());
			json.put("place", view.place());
			json.put("memo", view.memo());
			json.put("private", view.privateEvent());
			json.put("source", view.source());
			json.put("rrule", view.rrule());
		}
		if (view.mine()) {
			json.put("seriesId", view.seriesId());
			json.put("seriesProjectIds", view.seriesProjectIds());
		}
		json.put("busyOnly", view.busyOnly());
		json.put("version", view.version());
		return json;
	}
}
