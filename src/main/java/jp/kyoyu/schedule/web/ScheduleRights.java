package jp.kyoyu.schedule.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * The schedule's requests and the right each needs (docs/security/rights.md). The token feed
 * ({@code /calendar/feed/…}) has no login; {@code SchedulePermission} checks the token owner's right there.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleRights {

	@Bean
	RequestRights scheduleRequests() {
		return RequestRights.of(Feature.SCHEDULE)
			// A new feed address only replaces the reader's own secret.
			.reading(POST, "/schedule/feed/renew", "/api/v1/me/calendar-feed/renew")
			.writing(GET, "/schedule/events/new", "/schedule/events/*/edit", "/schedule/events/*/delete",
					"/schedule/import")
			.use("/schedule/**", "/api/v1/events/**", "/api/v1/me/calendar-feed/**");
	}
}
