package jp.kyoyu.load;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Completed steps of one saturation phase per second: from the moment the first user starts working (after the
 * log-ins) to the last completion.
 */
final class Throughput {

	private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);

	private final AtomicLong lastCompletion = new AtomicLong();

	private final AtomicInteger completed = new AtomicInteger();

	void started() {
		firstStart.accumulateAndGet(System.nanoTime(), Math::min);
	}

	void completed() {
		completed.incrementAndGet();
		lastCompletion.accumulateAndGet(System.nanoTime(), Math::max);
	}

	/** Whether the phase is still within {@code limit} of its first start (the saturation phases are bounded). */
	boolean within(java.time.Duration limit) {
		return System.nanoTime() - firstStart.get() < limit.toNanos();
	}

	int count() {
		return completed.get();
	}

	double perSecond() {
		long span = lastCompletion.get() - firstStart.get();
		return span <= 0 ? 0 : completed.get() / (span / 1e9);
	}
}
