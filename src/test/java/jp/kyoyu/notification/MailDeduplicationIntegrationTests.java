package jp.kyoyu.notification;

import static jp.kyoyu.notification.NoticeFixtures.about;
import static jp.kyoyu.notification.NoticeFixtures.notice;
import static jp.kyoyu.notification.NoticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.NoticeKind;
import jp.kyoyu.proposal.ProposalNotice;

/**
 * A notice delivered twice is mailed once (issue #18): a node that dies after sending and before the registry marks
 * the publication complete leaves it incomplete, and the retry (on this node or a survivor) hands it over again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailDeduplicationIntegrationTests {

	final NoticeFixtures fixtures;

	final FailedMailRetry retry;

	final MailKeys keys;

	final JdbcTemplate jdbc;

	GreenMail greenMail;

	MailDeduplicationIntegrationTests(@Autowired AccountManagement accounts,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transaction,
			@Autowired FailedMailRetry retry, @Autowired MailKeys keys, @Autowired JdbcTemplate jdbc) {
		this.fixtures = new NoticeFixtures(accounts, events, transaction);
		this.retry = retry;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void startMail() {
		greenMail = new GreenMail(FailedMailRetryIntegrationTests.SMTP);
		greenMail.start();
	}

	@AfterEach
	void stopMail() {
		greenMail.stop();
	}

	@Test
	void aNoticeDeliveredAgainAfterItsMailWasSentIsNotMailedTwice() throws Exception {
		String actor = fixtures.user("承認 一郎");
		String first = fixtures.user("受信 一子");
		String second = fixtures.user("受信 二子");
		String title = unique("二重配信の承認");

		fixtures.publish(notice(NoticeKind.APPROVED, title, Importance.NORMAL, actor, null, List.of(first, second)));
		await().atMost(Duration.ofSeconds(20)).until(() -> mails(title).size() == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(title) == 0);
		List<String> messageIds = mails(title).stream().map(MailDeduplicationIntegrationTests::messageId).toList();

		// As the registry finds it after a node died between the SMTP server's "250 OK" and marking it complete.
		jdbc.update("update event_publication set completion_date = null where serialized_event like ?",
				"%" + title + "%");
		retry.retryOlderThan(Duration.ofMillis(1));

		await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(title) == 0);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mails(title).size() == 2);
		assertThat(messageIds).as("each mail's Message-ID is its de-duplication key, one per recipient")
			.allMatch(id -> id.matches("<[0-9a-f]{64}@localhost>"))
			.doesNotHaveDuplicates();
	}

	@Test
	void aMailAnotherNodeIsSendingWaitsAndIsSentByTheRetryOnceThatNodeHasDied() throws Exception {
		String actor = fixtures.user("承認 二郎");
		String recipient = fixtures.user("受信 三子");
		String title = unique("送信中に落ちたノード");
		ProposalNotice notice = notice(NoticeKind.APPROVED, title, Importance.NORMAL, actor, null, List.of(recipient));
		String key = MailKeys.ofMail(keys.ofEvent(notice), recipient + "@notice.kyoyu.example", 1);
		// Another node claimed the mail a moment ago and is sending it.
		jdbc.update("insert into notification_mail_claim (claim_key, state, claimed_at) values (?, 'SENDING', ?)", key,
				Timestamp.from(Instant.now()));

		fixtures.publish(notice);

		await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(title) == 1);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mails(title).isEmpty());
		retry.retryOlderThan(Duration.ofMillis(1));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> mails(title).isEmpty() && incomplete(title) == 1);

		// That node died mid-send: its claim is abandoned, and the retry sends the mail.
		jdbc.update("update notification_mail_claim set claimed_at = ? where claim_key = ?",
				Timestamp.from(Instant.now().minus(MailClaims.ABANDONED_AFTER).minusSeconds(60)), key);
		retry.retryOlderThan(Duration.ofMillis(1));

		await().atMost(Duration.ofSeconds(20)).until(() -> mails(title).size() == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(title) == 0);
		assertThat(messageId(mails(title).get(0))).isEqualTo("<" + key + "@localhost>");
		assertThat(jdbc.queryForObject("select state from notification_mail_claim where claim_key = ?", String.class,
				key)).isEqualTo("SENT");
	}

	private List<MimeMessage> mails(String title) {
		return about(greenMail.getReceivedMessages(), title);
	}

	private int incomplete(String title) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Integer.class, "%" + title + "%");
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
