package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What a cached name or absence may and may not outlive. */
class StampedCacheTests {

	private final AtomicInteger reads = new AtomicInteger();

	private String stored = "山田";

	private String read(String key) {
		reads.incrementAndGet();
		return stored;
	}

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void aValueIsReadOnceUntilAChangeEnds() {
		StampedCache<String, String> cache = new StampedCache<>(Duration.ofMinutes(1), 100);
		assertThat(cache.get("yamada", this::read)).isEqualTo("山田");
		assertThat(cache.get("yamada", this::read)).isEqualTo("山田");
		assertThat(reads).hasValue(1);

		TransactionSynchronizationManager.initSynchronization();
		stored = "山田（旧姓 佐藤）";
		cache.forgetAllAfterCommit();
		assertThat(cache.get("yamada", this::read)).as("still the old value until the change commits")
			.isEqualTo("山田");
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		assertThat(cache.get("yamada", this::read)).isEqualTo("山田（旧姓 佐藤）");
	}

	@Test
	void aValueReadWhileAChangeCommitsIsNotKeptPastIt() {
		StampedCache<String, String> cache = new StampedCache<>(Duration.ofMinutes(1), 100);
		assertThat(cache.get("yamada", key -> {
			cache.forgetAll(); // the change commits while the old value is being read
			return "古い名前";
		})).isEqualTo("古い名前");
		assertThat(cache.get("yamada", this::read)).isEqualTo("山田");
	}

	@Test
	void everyValueIsReadAfreshAfterItsMaximumAge() throws InterruptedException {
		StampedCache<String, String> cache = new StampedCache<>(Duration.ofMillis(20), 100);
		cache.get("yamada", this::read);
		Thread.sleep(40);
		stored = "別の人が変えた名前";
		assertThat(cache.get("yamada", this::read)).isEqualTo("別の人が変えた名前");
		assertThat(reads).hasValue(2);
	}

	@Test
	void forgettingOneGroupKeepsTheOthers() {
		StampedCache<String, String> cache = new StampedCache<>("test", SharedVersions.nodeOnly(), Duration.ofMinutes(1), 100,
				key -> key.split(":")[0]);
		cache.get("genba:count", this::read);
		cache.get("kantoku:count", this::read);
		cache.forgetGroup("genba");
		stored = "既読後";
		assertThat(cache.get("genba:count", this::read)).isEqualTo("既読後");
		assertThat(cache.get("kantoku:count", this::read)).isEqualTo("山田");
		assertThat(reads).hasValue(3);
	}

	@Test
	void withoutATransactionAChangeIsForgottenAtOnce() {
		StampedCache<String, String> cache = new StampedCache<>(Duration.ofMinutes(1), 100);
		cache.get("yamada", this::read);
		stored = "新しい名前";
		cache.forgetAllAfterCommit();
		assertThat(cache.get("yamada", this::read)).isEqualTo("新しい名前");
	}
}
