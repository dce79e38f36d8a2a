package jp.kyoyu.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kyoyu.shared.Readiness;

/**
 * Notices not yet sent: the publications of this module's mail listeners that Spring Modulith's event registry
 * still holds incomplete (a mail is complete only once the SMTP server took it). {@code noticeBacklog} in the
 * readiness group is DEGRADED when one is older than {@code kyoyu.notification.health.backlog-age} (mail is
 * failing and the retries do not catch up); {@code kyoyu_notices_unsent} counts all of them at each scrape.
 */
@Component("noticeBacklogHealthIndicator")
class NoticeBacklog implements HealthIndicator {

	/** The listener ids of the registry are the listeners' method names, so this module's start with its package. */
	private static final String OUR_LISTENERS = NoticeBacklog.class.getPackageName() + ".%";

	private final JdbcTemplate jdbc;

	private final Duration backlogAge;

	private final Clock clock;

	NoticeBacklog(JdbcTemplate jdbc, NotificationHealthSettings settings, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.backlogAge = settings.backlogAge();
		this.clock = clock;
		Gauge.builder("kyoyu.notices.unsent", this, NoticeBacklog::unsent)
			.description("Notices (mails) whose event is not yet completed in the event publication registry")
			.register(registry);
	}

	@Override
	public Health health() {
		long overdue = unsentPublishedBefore(Timestamp.from(clock.instant().minus(backlogAge)));
		return (overdue == 0 ? Health.up() : Health.status(Readiness.DEGRADED)).withDetail("overdue", overdue)
			.withDetail("backlogAge", backlogAge.toString()).build();
	}

	double unsent() {
		return unsentPublishedBefore(Timestamp.from(clock.instant().plusSeconds(1)));
	}

	private long unsentPublishedBefore(Timestamp before) {
		Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
				+ " and listener_id like ? and publication_date < ?", Long.class, OUR_LISTENERS, before);
		return count == null ? 0 : count;
	}
}
