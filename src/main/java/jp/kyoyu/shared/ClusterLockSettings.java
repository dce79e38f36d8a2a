package jp.kyoyu.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.cluster.*}: how {@link ClusterOnce} holds a scheduled task's lock. The lock is a lease of
 * {@code lockLease} that the node running the task renews every {@code lockExtendEvery} until the task ends; a node
 * that dies stops renewing, so its lock frees itself at most one lease after its last renewal and a survivor takes
 * the next round. A shorter lease frees a dead node's work sooner; the lease must outlast a few missed renewals (a
 * database hiccup, a long garbage collection), or a round that is still running on a live node loses its lock and
 * another node may start the same work.
 */
@ConfigurationProperties("kyoyu.cluster")
record ClusterLockSettings(@DefaultValue("PT2M") Duration lockLease, @DefaultValue("PT30S") Duration lockExtendEvery) {

	ClusterLockSettings {
		requirePositive("kyoyu.cluster.lock-lease", lockLease);
		requirePositive("kyoyu.cluster.lock-extend-every", lockExtendEvery);
		// A lease that ends before its first renewal frees the lock of every round that runs longer than it: two
		// nodes would run such a round at once.
		if (lockLease.compareTo(lockExtendEvery) <= 0) {
			throw new IllegalArgumentException(
					Wording.of("settings.cluster.lease-not-longer", lockLease, lockExtendEvery));
		}
	}

	/**
	 * The refusals are Japanese like every other text an operator reads from Kyoyu's screens and mails; the
	 * setting's name and the value as written stay verbatim in them, so the line to fix is found by searching.
	 */
	private static void requirePositive(String name, Duration value) {
		if (value == null) {
			throw new IllegalArgumentException(Wording.of("settings.cluster.missing", name));
		}
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(Wording.of("settings.cluster.not-positive", name, value));
		}
	}
}
