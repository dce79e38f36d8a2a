package jp.kyoyu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time (user and kernel) of this JVM during one step, split by whose threads spent it: the server's (Tomcat's
 * {@code http-nio-*} threads: socket reads, multipart, SHA-256, AES-GCM, the write, fsync), the benchmark's client
 * ({@code main}, the JDK HttpClient's threads), and the rest (GC, JIT compiler, JFR, threads that ended), which is
 * the process's total minus the threads seen.
 */
final class CpuBySide {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final long processBefore = processCpu();

	private final Map<Long, Long> before = snapshot();

	record Split(double server, double client, double rest) {

		double total() {
			return server + client + rest;
		}

		@Override
		public String toString() {
			return String.format("%.2f s (server %.2f, client %.2f, GC/JIT/rest %.2f)", total(), server, client, rest);
		}
	}

	Split stop() {
		long process = processCpu() - processBefore;
		long server = 0;
		long client = 0;
		for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			long spent = THREADS.getThreadCpuTime(info.getThreadId());
			if (spent < 0) {
				continue;
			}
			spent -= before.getOrDefault(info.getThreadId(), 0L);
			String name = info.getThreadName();
			if (name.startsWith("http-nio-")) {
				server += spent;
			}
			else if (name.equals("main") || name.startsWith("HttpClient-")) {
				client += spent;
			}
		}
		return new Split(server / 1e9, client / 1e9, Math.max(0, process - server - client) / 1e9);
	}

	private static Map<Long, Long> snapshot() {
		Map<Long, Long> cpu = new HashMap<>();
		for (long id : THREADS.getAllThreadIds()) {
			long spent = THREADS.getThreadCpuTime(id);
			if (spent >= 0) {
				cpu.put(id, spent);
			}
		}
		return cpu;
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
