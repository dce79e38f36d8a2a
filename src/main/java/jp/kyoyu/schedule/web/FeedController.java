package jp.kyoyu.schedule.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.schedule.ScheduleManagement;
import jp.kyoyu.shared.Wording;

/**
 * {@code GET /calendar/feed/{token}.ics}: a user's own events for subscribing groupware, which cannot log in;
 * the secret token is the credential (permitted without a session in SecurityConfiguration).
 */
@RestController
class FeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final ScheduleManagement schedule;

	FeedController(ScheduleManagement schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/calendar/feed/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return schedule.feed(token)
			.map(ics -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.body(ics))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(Wording.of("schedule.feed.invalid-url")));
	}
}
