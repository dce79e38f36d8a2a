package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import jp.kyoyu.shared.AfterCommitBacklog;

/**
 * Mails still waiting for an after-commit thread are late, not failed: the retry leaves them alone until the queue
 * has drained (issue #21, the soak: re-handing them over queued each again every round, and the queue and the heap
 * grew with every round). The executor is the real kind the application uses, one thread held busy; the publications
 * side only counts the hand-overs, which is all the retry decides.
 */
class FailedMailRetryBacklogTests {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final AtomicInteger handedOver = new AtomicInteger();

	private final IncompleteEventPublications publications = new IncompleteEventPublications() {
		@Override
		public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
			handedOver.incrementAndGet();
		}

		@Override
		public void resubmitIncompletePublicationsOlderThan(Duration duration) {
			handedOver.incrementAndGet();
		}
	};

	@AfterEach
	void stop() {
		executor.shutdown();
	}

	@Test
	void aRoundWhileWorkWaitsForAThreadHandsNothingOverAndTheNextAfterItDrainedDoes() throws Exception {
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.initialize();
		FailedMailRetry retry = new FailedMailRetry(publications, null, null,
				new NotificationSettings("kyoyu@localhost", "http://localhost:8080", Duration.ofMinutes(5),
						Duration.ofMinutes(2), Duration.ofMinutes(10)),
				Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC), new AfterCommitBacklog(executor));

		CountDownLatch release = new CountDownLatch(1);
		executor.execute(() -> hold(release));
		executor.execute(() -> {
			// a mail waiting behind the busy thread: its publication is incomplete, like a failed one's
		});
		assertThat(new AfterCommitBacklog(executor).waiting()).isEqualTo(1);

		retry.retryOlderThan(Duration.ofMinutes(2));
		assertThat(handedOver).as("a mail that only waits is not handed over a second time").hasValue(0);

		release.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> executor.getQueueSize() == 0);
		retry.retryOlderThan(Duration.ofMinutes(2));
		assertThat(handedOver).as("once nothing waits, the failed mails are retried as before").hasValue(1);
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
