package jp.kyoyu.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import jp.kyoyu.board.PostNotificationRequested;
import jp.kyoyu.consultation.ConsultationNotice;
import jp.kyoyu.erasure.ErasureCertified;
import jp.kyoyu.erasure.ErasureNoticeDue;
import jp.kyoyu.proposal.ProposalNotice;
import jp.kyoyu.shared.AfterCommitBacklog;
import jp.kyoyu.shared.ClusterOnce;

/**
 * Sends the mails that failed while the SMTP server was away. A failed mail listener leaves its event
 * publication incomplete; every {@code kyoyu.notification.retry-interval} this hands the incomplete mail
 * requests older than {@code retry-after} back to their listeners, so a mail is late, never lost, and the
 * approval that caused it has long been committed. The age keeps a mail still being sent from being sent
 * twice; other events are left to the restart (spring.modulith.events.republish-outstanding-events-on-restart).
 * With several nodes one of them runs each round ({@link ClusterOnce}, lock {@code notification.retry}); should two
 * hand the same mail over at once, its claim ({@link MailClaims}) still lets only one send it. The same round forgets
 * claims older than {@link #CLAIMS_KEPT}.
 *
 * <p>A round is skipped while after-commit work still waits for a thread on this node ({@link AfterCommitBacklog}):
 * the mails waiting there are incomplete too, only late, and handing them over again queued each a second time
 * (the 2026-12-08 soak: a backlog of 1,300 after 11 minutes on an overloaded machine, re-queued every 5 minutes, so
 * the queue and the heap grew faster with each round). A failed mail is then retried once the backlog has drained.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FailedMailRetry implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(FailedMailRetry.class);

	/**
	 * How long a sent mail's claim is kept: a delivery of its event after that would mail it again. Far longer than
	 * any SMTP outage the retry bridges; the rows are small (one per mail).
	 */
	static final Duration CLAIMS_KEPT = Duration.ofDays(90);

	private final IncompleteEventPublications incomplete;

	private final MailClaims claims;

	private final ClusterOnce once;

	private final NotificationSettings settings;

	private final Clock clock;

	private final AfterCommitBacklog backlog;

	FailedMailRetry(IncompleteEventPublications incomplete, MailClaims claims, ClusterOnce once,
			NotificationSettings settings, Clock clock, AfterCommitBacklog backlog) {
		this.backlog = backlog;
		this.incomplete = incomplete;
		this.claims = claims;
		this.once = once;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration interval = settings.retryInterval();
		if (interval == null || interval.isZero() || interval.isNegative()) {
			log.info("Retry of failed notification mails is off (kyoyu.notification.retry-interval)");
			return;
		}
		// Held at least half an interval (at most a minute), so a node whose tick comes a little later skips the round.
		Duration atLeast = interval.dividedBy(2).compareTo(Duration.ofMinutes(1)) < 0 ? interval.dividedBy(2)
				: Duration.ofMinutes(1);
		registrar.addFixedDelayTask(() -> once.run("notification.retry", Duration.ofMinutes(30), atLeast, () -> {
			retryOlderThan(settings.retryAfter());
			claims.forgetOlderThan(CLAIMS_KEPT);
		}), interval);
	}

	/** Hands this module's publications incomplete for at least {@code age} back to their listeners. */
	void retryOlderThan(Duration age) {
		int waiting = backlog.waiting();
		if (waiting > 0) {
			log.info("Retry of failed notification mails skipped: {} after-commit tasks still wait for a thread", waiting);
			return;
		}
		Instant before = clock.instant().minus(age);
		try {
			incomplete.resubmitIncompletePublications(
					publication -> ours(publication) && publication.getPublicationDate().isBefore(before));
		}
		catch (RuntimeException e) {
			// The next run tries again; a scheduler thread that throws would only log the same.
			log.warn("Retry of failed notification mails did not run: {}", e.getMessage());
		}
	}

	/** The mail requests this module listens to; other modules' listeners are not ours to repeat. */
	private static boolean ours(EventPublication publication) {
		Object event = publication.getEvent();
		return event instanceof ProposalNotice || event instanceof PostNotificationRequested
				|| event instanceof ConsultationNotice || event instanceof ErasureNoticeDue
				|| event instanceof ErasureCertified;
	}
}
