package jp.kyoyu.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and kept between calls, for facts that are read on every approval step but change
 * rarely (display names, absences). The owner calls {@link #forgetAllAfterCommit()} when it hears of a change;
 * everything is forgotten once that change is committed (or rolled back). A value read while a change was being committed is never
 * kept past it (each value is stamped with the version seen before reading), and every value is read afresh after
 * {@code maxAge}, so a change made on another server shows within that time. Keys may belong to a group (say the
 * user a value is for); {@link #forgetGroup} then forgets one group's values the same way.
 */
public final class StampedCache<K, V> {

	private record Kept<V>(V value, long version, long groupVersion, long at) {
	}

	private final long maxAgeNanos;

	private final int maxSize;

	private final AtomicLong version = new AtomicLong();

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final Function<K, ?> groupOf;

	private final Map<Object, Long> groupVersions = new ConcurrentHashMap<>();

	public StampedCache(Duration maxAge, int maxSize) {
		this(maxAge, maxSize, key -> key);
	}

	public StampedCache(Duration maxAge, int maxSize, Function<K, ?> groupOf) {
		this.maxAgeNanos = maxAge.toNanos();
		this.maxSize = maxSize;
		this.groupOf = groupOf;
	}

	public V get(K key, Function<K, V> read) {
		long current = version.get();
		long group = groupVersions.getOrDefault(groupOf.apply(key), 0L);
		long now = System.nanoTime();
		Kept<V> old = kept.get(key);
		if (old != null && old.version() == current && old.groupVersion() == group && now - old.at() < maxAgeNanos) {
			return old.value();
		}
		V value = read.apply(key);
		if (kept.size() >= maxSize) {
			kept.clear(); // more keys than expected: start again rather than grow
		}
		kept.put(key, new Kept<>(value, current, group, now));
		return value;
	}

	/** Forgets the values of one group at once (their next read is fresh; a read under way is not kept past it). */
	public void forgetGroup(Object group) {
		groupVersions.merge(group, 1L, Long::sum);
	}

	/**
	 * Forgets everything once the current transaction ends (at once when there is none). Also after a rollback: a
	 * value read inside the rolled-back transaction may have been kept meanwhile.
	 */
	public void forgetAllAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetAll();
				}
			});
		}
		else {
			forgetAll();
		}
	}

	public void forgetAll() {
		version.incrementAndGet();
		kept.clear();
		groupVersions.clear();
	}
}
