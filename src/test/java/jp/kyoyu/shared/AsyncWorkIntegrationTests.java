package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * After-commit work (the modules' listeners: mails, filing) runs on a small fixed pool, not on a new thread per
 * event (issue #21: under load those threads took every database connection). At most {@code kyoyu.async.threads}
 * run at once; the rest wait their turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AsyncWorkIntegrationTests {

	@Autowired
	AsyncConfigurer async;

	@Test
	void atMostFourPiecesOfAfterCommitWorkRunAtOnceAndTheRestWait() throws Exception {
		var executor = async.getAsyncExecutor();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(10);
		String[] thread = new String[1];
		for (int i = 0; i < 10; i++) {
			executor.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				thread[0] = Thread.currentThread().getName();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				done.countDown();
			});
		}
		Thread.sleep(500);
		assertThat(running.get()).as("running while held").isEqualTo(4);
		release.countDown();
		assertThat(done.await(20, TimeUnit.SECONDS)).as("every queued piece ran").isTrue();
		assertThat(most.get()).isEqualTo(4);
		assertThat(thread[0]).startsWith("kyoyu-after-commit-");
	}

	@Test
	void noThreadsIsRefusedAtStart() {
		assertThatThrownBy(() -> new AsyncWork(0)).hasMessageContaining("kyoyu.async.threads");
	}
}
