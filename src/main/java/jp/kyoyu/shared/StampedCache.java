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
 * {@code maxAge}. Keys may belong to a group (say the user a value is for); {@link #forgetGroup} then forgets one
 * group's values the same way.
 *
 * <p>With several nodes (issue #18) a cache made with a name and {@link SharedVersions} also stamps each value with
 * the shared version of its cache (and of its group) and uses it only while the database still says so; forgetting
 * bumps those versions in the changing transaction. A change through one node is then seen through every other on
 * its next request. {@code maxAge} stays as a bound for changes nobody announces (an edit straight in the database).
 */
public final class StampedCache<K, V> {

	private record Kept<V>(V value, long version, long groupVersion, long sharedVersion, long sharedGroupVersion,
			long at) {
	}

	private final String name;

	private final SharedVersions shared;

	private final boolean grouped;

	private final long maxAgeNanos;

	private final int maxSize;

	private final AtomicLong version = new AtomicLong();

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final Function<K, ?> groupOf;

	private final Map<Object, Long> groupVersions = new ConcurrentHashMap<>();

	/** A cache of this node only. */
	public StampedCache(Duration maxAge, int maxSize) {
		this(null, null, maxAge, maxSize, null);
	}

	/** A cache whose changes every node hears of through {@code shared}, under the row {@code name}. */
	public StampedCache(String name, SharedVersions shared, Duration maxAge, int maxSize) {
		this(name, shared, maxAge, maxSize, null);
	}

	/** As above, with values grouped (one row per group besides the cache's own). */
	public StampedCache(String name, SharedVersions shared, Duration maxAge, int maxSize, Function<K, ?> groupOf) {
		this.name = name;
		this.shared = shared;
		this.maxAgeNanos = maxAge.toNanos();
		this.maxSize = maxSize;
		this.grouped = groupOf != null;
		this.groupOf = groupOf != null ? groupOf : key -> key;
	}

	public V get(K key, Function<K, V> read) {
		long current = version.get();
		Object groupKey = groupOf.apply(key);
		long group = groupVersions.getOrDefault(groupKey, 0L);
		// Read before the value, like the local version: a change committed meanwhile leaves the value unused.
		long sharedNow = shared == null ? 0 : shared.current(name);
		long sharedGroupNow = shared == null || !grouped ? 0 : shared.current(groupRow(groupKey));
		long now = System.nanoTime();
		Kept<V> old = kept.get(key);
		if (old != null && old.version() == current && old.groupVersion() == group && old.sharedVersion() == sharedNow
				&& old.sharedGroupVersion() == sharedGroupNow && now - old.at() < maxAgeNanos) {
			return old.value();
		}
		V value = read.apply(key);
		if (kept.size() >= maxSize) {
			kept.clear(); // more keys than expected: start again rather than grow
		}
		kept.put(key, new Kept<>(value, current, group, sharedNow, sharedGroupNow, now));
		return value;
	}

	/** Forgets the values of one group at once (their next read is fresh; a read under way is not kept past it). */
	public void forgetGroup(Object group) {
		groupVersions.merge(group, 1L, Long::sum);
		if (shared != null) {
			shared.bump(grouped ? groupRow(group) : name);
		}
	}

	private String groupRow(Object group) {
		return name + "/" + group;
	}

	/**
	 * Forgets everything once the current transaction ends (at once when there is none). Also after a rollback: a
	 * value read inside the rolled-back transaction may have been kept meanwhile.
	 */
	public void forgetAllAfterCommit() {
		if (shared != null) {
			shared.bump(name);
		}
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
