package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.kyoyu.shared.Readiness;

/**
 * The unsent-notice check over the real event publication registry. Other tests leave mails unsent (GreenMail is
 * not always listening), so the check is asked "as of" a moment long ago, when only this test's publication exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeBacklogIntegrationTests {

	static final Instant PUBLISHED = Instant.parse("2001-04-01T00:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoticeUnsentLongerThanTheBacklogAgeDegradesReadinessAndOthersListenersDoNot() {
		UUID ours = UUID.randomUUID();
		UUID auditors = UUID.randomUUID();
		insert(ours, "jp.kyoyu.notification.PostMailer.on(jp.kyoyu.board.PostPublished)");
		insert(auditors, "jp.kyoyu.audit.AuditTrail.on(jp.kyoyu.shared.AuditableEvent)");
		try {
			NotificationHealthSettings fifteenMinutes = new NotificationHealthSettings(Duration.ofMinutes(15));
			assertThat(backlogAt(PUBLISHED.plus(Duration.ofMinutes(10)), fifteenMinutes).health().getStatus())
				.as("ten minutes unsent: the retries may still catch up").isEqualTo(Status.UP);
			var late = backlogAt(PUBLISHED.plus(Duration.ofMinutes(20)), fifteenMinutes).health();
			assertThat(late.getStatus()).isEqualTo(Readiness.DEGRADED);
			assertThat(late.getDetails().get("overdue")).as("only the notification module's publication")
				.isEqualTo(1L);
		}
		finally {
			jdbc.update("delete from event_publication where id in (?, ?)", ours, auditors);
		}
	}

	private NoticeBacklog backlogAt(Instant now, NotificationHealthSettings settings) {
		return new NoticeBacklog(jdbc, settings, Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());
	}

	private void insert(UUID id, String listener) {
		jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)"
				+ " values (?, ?, ?, ?, ?)", id, listener, "jp.kyoyu.MonitoringTestEvent", "{}", Timestamp.from(PUBLISHED));
	}
}
