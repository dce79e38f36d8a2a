package jp.kyoyu.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.project.ProjectContents;
import jp.kyoyu.project.ProjectContract;
import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.project.ProjectRole;
import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.Wording;

/**
 * The notices 30, 7 and 1 days before a project's erasure (G-5: members must take what they need before it is
 * gone). Run with the sweep's schedule; for each project it sends the nearest threshold it has reached and not
 * yet sent for this date, so a node that was down on the 30th day still sends the 30-day notice late, and a date
 * set 5 days ahead gets the 7-day notice only (three notices in one go would say the same thing three times).
 * The mails themselves are the notification module's: it listens to {@link ErasureNoticeDue}.
 */
@Component
class ErasureNotices {

	/** Ascending: the first threshold that covers the days left is the notice due. */
	static final List<Integer> DAYS_BEFORE = List.of(1, 7, 30);

	private static final Logger log = LoggerFactory.getLogger(ErasureNotices.class);

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final ErasureManagement erasures;

	private final ErasureNoticeLog sent;

	private final ProjectManagement projects;

	private final IdentityManagement identity;

	// Asked when a notice is due, not at start-up: the modules that hold data depend on project, not on us.
	private final ObjectProvider<ProjectContents> contents;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ClusterOnce once;

	ErasureNotices(ErasureManagement erasures, ErasureNoticeLog sent, ProjectManagement projects,
			IdentityManagement identity, ObjectProvider<ProjectContents> contents, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, ClusterOnce once) {
		this.once = once;
		this.erasures = erasures;
		this.sent = sent;
		this.projects = projects;
		this.identity = identity;
		this.contents = contents;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Sends the notices due today; several nodes may run it at once, each notice still goes out once. */
	/** Once per cluster (issue #18), or every node would send each notice. */
	@Scheduled(cron = "${kyoyu.erasure.notice-cron:${kyoyu.erasure.sweep-cron:0 5 * * * *}}")
	void scheduledSendDue() {
		once.run("erasure.notices", Duration.ofMinutes(50), Duration.ofMinutes(1), this::sendDue);
	}

	public void sendDue() {
		LocalDate today = LocalDate.now(clock.withZone(JAPAN));
		for (ProjectContract contract : projects.activeContracts()) {
			try {
				erasures.scheduledDate(contract.id()).ifPresent(date -> due(date, today)
					.ifPresent(daysBefore -> send(contract, date, daysBefore, today)));
			}
			catch (RuntimeException e) {
				log.error("Erasure notice of project {} not sent; the next run tries again", contract.id(), e);
			}
		}
	}

	/** The threshold reached on {@code today}; none on or after the date (the erasure itself is due then). */
	static Optional<Integer> due(LocalDate date, LocalDate today) {
		long daysLeft = ChronoUnit.DAYS.between(today, date);
		return DAYS_BEFORE.stream().filter(days -> daysLeft >= 1 && daysLeft <= days).findFirst();
	}

	private void send(ProjectContract contract, LocalDate date, int daysBefore, LocalDate today) {
		if (sent.sent(contract.id(), daysBefore, date)) {
			return;
		}
		try {
			// The claim and the event commit together: a notice is either claimed and on its way, or neither.
			transaction.executeWithoutResult(status -> {
				sent.claim(contract.id(), daysBefore, date, clock.instant());
				events.publishEvent(notice(contract, date, daysBefore));
			});
			log.info("Erasure notice {} days before {} sent for project {}", daysBefore, date, contract.id());
		}
		catch (DuplicateKeyException e) {
			// another node claimed it in the meantime
		}
	}

	private ErasureNoticeDue notice(ProjectContract contract, LocalDate date, int daysBefore) {
		Set<String> listRecipients = new LinkedHashSet<>();
		contract.memberIds().stream()
			.filter(id -> projects.roleOf(contract.id(), id).filter(ProjectRole.GENERAL_SUPERVISOR::equals).isPresent())
			.forEach(listRecipients::add);
		identity.findAll().stream()
			.filter(user -> user.isAdministrator() && user.enabled())
			.map(UserAccount::userId)
			.forEach(listRecipients::add);
		List<String> members = new ArrayList<>(contract.memberIds());
		members.removeAll(listRecipients);
		Map<String, Long> counts = new LinkedHashMap<>();
		contents.orderedStream().forEach(content -> counts.merge(content.label(), content.count(contract.id()), Long::sum));
		counts.put(Wording.japanese("erasure.notice.members"), (long) contract.memberIds().size());
		return new ErasureNoticeDue(contract.id(), contract.name(), date, daysBefore, List.copyOf(members),
				List.copyOf(listRecipients), counts);
	}
}
