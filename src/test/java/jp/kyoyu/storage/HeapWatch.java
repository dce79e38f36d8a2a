package jp.kyoyu.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every few milliseconds and reports the peak above where it started. */
final class HeapWatch {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final long baseline;

	private volatile long peak;

	private volatile boolean running = true;

	private final Thread sampler;

	private HeapWatch() {
		System.gc();
		this.baseline = used();
		this.peak = baseline;
		this.sampler = new Thread(() -> {
			while (running) {
				peak = Math.max(peak, used());
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	static HeapWatch start() {
		return new HeapWatch();
	}

	/** Peak heap used above the baseline, in bytes. */
	long stop() throws InterruptedException {
		running = false;
		sampler.join();
		return Math.max(0, peak - baseline);
	}

	long peakUsed() {
		return peak;
	}

	private long used() {
		return memory.getHeapMemoryUsage().getUsed();
	}
}
