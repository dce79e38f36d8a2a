package jp.kyoyu.schedule.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.schedule.ScheduleManagement;

/** The caller's private subscription URL, and its renewal (the old URL stops working). */
@RestController
class FeedApiController {

	private final ScheduleManagement schedule;

	FeedApiController(ScheduleManagement schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/api/v1/me/calendar-feed")
	CalendarFeed feed(@AuthenticationPrincipal KyoyuPrincipal user) {
		return new CalendarFeed(url(schedule.feedToken(user.userId())));
	}

	@PostMapping("/api/v1/me/calendar-feed/renew")
	CalendarFeed renew(@AuthenticationPrincipal KyoyuPrincipal user) {
		return new CalendarFeed(url(schedule.renewFeedToken(user.userId())));
	}

	/** Absolute, as groupware needs it; built from the request, so it names the host the user reached. */
	static String url(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/feed/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
	}
}
