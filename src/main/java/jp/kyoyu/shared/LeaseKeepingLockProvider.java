package jp.kyoyu.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.core.AbstractSimpleLock;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Holds a task's lock as a short lease that this node renews while the task runs (issue #18). Before, the lock was
 * taken for the task's upper bound at once (50 minutes for hourly work): a node killed mid-round kept the task from
 * every other node that long. Now a dead node's lock frees itself at most one lease after its last renewal, while a
 * round running on a live node keeps its lock however long it takes, up to its upper bound.
 *
 * <p>Why not ShedLock's own {@code KeepAliveLockProvider}: it renews at half the lease (not settable), refuses leases
 * under 30 s, and renews without end: a round hung on a network call would keep its task from every node until that
 * node is restarted. Here the caller's {@code lockAtMostFor} stays the round's upper bound: past it the lease is no
 * longer renewed and another node may start the work, as before.
 */
final class LeaseKeepingLockProvider implements LockProvider, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LeaseKeepingLockProvider.class);

	private final ExtensibleLockProvider locks;

	private final ClusterLockSettings settings;

	private final ScheduledExecutorService renewals;

	LeaseKeepingLockProvider(ExtensibleLockProvider locks, ClusterLockSettings settings) {
		this.locks = locks;
		this.settings = settings;
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
			Thread thread = new Thread(task, "kyoyu-cluster-lock-renewal");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		this.renewals = executor;
	}

	/**
	 * Takes the lock for one lease ({@code asked}'s {@code lockAtLeastFor} if longer, its {@code lockAtMostFor} if
	 * shorter) and renews it every {@code lock-extend-every} until it is unlocked.
	 */
	@Override
	public Optional<SimpleLock> lock(LockConfiguration asked) {
		long started = System.nanoTime();
		Duration firstLease = shorter(longer(settings.lockLease(), asked.getLockAtLeastFor()), asked.getLockAtMostFor());
		return locks.lock(new LockConfiguration(ClockProvider.now(), asked.getName(), firstLease,
				asked.getLockAtLeastFor())).map(lock -> new RenewedLock(asked, lock, started));
	}

	/** Stops renewing: the leases this node holds run out on their own (what a node's stop means to the others). */
	@Override
	public void close() {
		renewals.shutdownNow();
	}

	private final class RenewedLock extends AbstractSimpleLock {

		private final long startedNanos;

		private final ScheduledFuture<?> renewing;

		private SimpleLock current;

		private boolean held = true;

		RenewedLock(LockConfiguration asked, SimpleLock first, long startedNanos) {
			super(asked);
			this.current = first;
			this.startedNanos = startedNanos;
			long every = settings.lockExtendEvery().toMillis();
			this.renewing = renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
		}

		private synchronized void renew() {
			if (!held) {
				return;
			}
			Duration running = Duration.ofNanos(System.nanoTime() - startedNanos);
			Duration untilBound = lockConfiguration.getLockAtMostFor().minus(running);
			if (untilBound.isZero() || untilBound.isNegative()) {
				log.warn("Scheduled task {} still runs after its upper bound of {}: its lock is no longer renewed and "
						+ "another node may start the same work", lockConfiguration.getName(),
						lockConfiguration.getLockAtMostFor());
				stopRenewing();
				return;
			}
			Duration lease = shorter(settings.lockLease(), untilBound);
			try {
				// the unlock's "at least" counts from the original locked_at, which a renewal leaves as it is
				Optional<SimpleLock> renewed = current.extend(lease, shorter(lockConfiguration.getLockAtLeastFor(), lease));
				if (renewed.isPresent()) {
					current = renewed.get();
				}
				else {
					log.warn("Scheduled task {} lost its lock (its lease ran out before this renewal, e.g. the database "
							+ "was unreachable): another node may start the same work", lockConfiguration.getName());
					stopRenewing();
				}
			}
			catch (RuntimeException unreachable) {
				// The lease is still ours until it runs out: the next renewal tries again.
				log.warn("Could not renew the lock of scheduled task {}; trying again in {}", lockConfiguration.getName(),
						settings.lockExtendEvery(), unreachable);
			}
		}

		private void stopRenewing() {
			held = false;
			renewing.cancel(false);
		}

		@Override
		protected synchronized void doUnlock() {
			stopRenewing();
			current.unlock();
		}
	}

	private static Duration shorter(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
