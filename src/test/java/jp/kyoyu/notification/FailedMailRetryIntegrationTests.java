package jp.kyoyu.notification;

import static jp.kyoyu.notification.NoticeFixtures.about;
import static jp.kyoyu.notification.NoticeFixtures.notice;
import static jp.kyoyu.notification.NoticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.proposal.Importance;
import jp.kyoyu.proposal.NoticeKind;

/**
 * A failing SMTP server delays a workflow mail, never loses it and never holds up the approval: the
 * publication stays incomplete, and the retry sends the mail once the server is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailedMailRetryIntegrationTests {

	static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	final NoticeFixtures fixtures;

	final FailedMailRetry retry;

	final JdbcTemplate jdbc;

	GreenMail greenMail;

	FailedMailRetryIntegrationTests(@Autowired AccountManagement accounts, @Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transaction, @Autowired FailedMailRetry retry, @Autowired JdbcTemplate jdbc) {
		this.fixtures = new NoticeFixtures(accounts, events, transaction);
		this.retry = retry;
		this.jdbc = jdbc;
	}

	@AfterEach
	void stopMail() {
		if (greenMail != null) {
			greenMail.stop();
		}
	}

	@Test
	void aMailRefusedBySmtpIsSentOnceWhenTheRetryFindsTheServerBack() throws Exception {
		String actor = fixtures.user("承認 一郎");
		String recipient = fixtures.user("受信 二郎");
		String title = unique("SMTP障害中の承認");

		try (RefusingSmtp refusing = new RefusingSmtp()) {
			long started = System.nanoTime();
			fixtures.publish(notice(NoticeKind.APPROVED, title, Importance.IMPORTANT, actor, null, List.of(recipient)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the approval's commit does not wait for SMTP")
				.isLessThan(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(20)).until(() -> refusing.connections.get() >= 1);
			await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
				.until(() -> incomplete(title) == 1);
		}
		assertThat(incomplete(title)).as("the failed mail is kept, not lost").isEqualTo(1);

		greenMail = new GreenMail(SMTP);
		greenMail.start();
		retry.retryOlderThan(Duration.ofMillis(1));

		await().atMost(Duration.ofSeconds(20)).until(() -> about(greenMail.getReceivedMessages(), title).size() == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(title) == 0);
		retry.retryOlderThan(Duration.ofMillis(1));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> about(greenMail.getReceivedMessages(), title).size() == 1);
		assertThat(about(greenMail.getReceivedMessages(), title).get(0).getSubject()).startsWith("【重要】[Kyoyu] 承認されました：");
	}

	@Test
	void theRetryLeavesAMailAloneUntilItIsOldEnough() throws Exception {
		String actor = fixtures.user("承認 三郎");
		String recipient = fixtures.user("受信 四郎");
		String title = unique("送信中のメール");
		try (RefusingSmtp refusing = new RefusingSmtp()) {
			fixtures.publish(notice(NoticeKind.APPROVED, title, Importance.NORMAL, actor, null, List.of(recipient)));
			await().atMost(Duration.ofSeconds(20)).until(() -> refusing.connections.get() >= 1);
		}
		greenMail = new GreenMail(SMTP);
		greenMail.start();

		retry.retryOlderThan(Duration.ofHours(1));

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> about(greenMail.getReceivedMessages(), title).isEmpty());
		assertThat(incomplete(title)).isEqualTo(1);
		retry.retryOlderThan(Duration.ofMillis(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> about(greenMail.getReceivedMessages(), title).size() == 1);
	}

	/** Incomplete publications of the notice with this title, as the operator sees them in the database. */
	private int incomplete(String title) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Integer.class, "%" + title + "%");
	}

	/** An SMTP server that answers every connection "421 service not available", as one shutting down does. */
	static final class RefusingSmtp implements AutoCloseable {

		final AtomicInteger connections = new AtomicInteger();

		private final ServerSocket socket;

		private final Thread thread;

		RefusingSmtp() throws IOException {
			socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(SMTP.getBindAddress()), SMTP.getPort()));
			thread = new Thread(this::serve, "refusing-smtp");
			thread.setDaemon(true);
			thread.start();
		}

		private void serve() {
			while (!socket.isClosed()) {
				try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
					out.write("421 4.3.2 Service not available\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
					connections.incrementAndGet();
				}
				catch (IOException closed) {
					// closed by the test
				}
			}
		}

		@Override
		public void close() throws Exception {
			socket.close();
			thread.join(2000);
		}
	}
}
