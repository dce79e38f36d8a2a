package jp.kyoyu.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per request kind, as the simulation saw them, so that the run can print each kind's p95 as a ratio
 * of the trivial request's in the same run (Gatling's own assertions take absolute thresholds only, and absolute
 * times on a shared 2-core machine do not compare).
 */
final class Latencies {

	private final Map<String, ConcurrentLinkedQueue<Integer>> byKind = new ConcurrentHashMap<>();

	void add(String kind, int millis) {
		byKind.computeIfAbsent(kind, any -> new ConcurrentLinkedQueue<>()).add(millis);
	}

	/** The 95th percentile (nearest rank) of a kind, or -1 if it was never measured. */
	int p95(String kind) {
		return percentile(kind, 95);
	}

	int percentile(String kind, int percent) {
		ConcurrentLinkedQueue<Integer> times = byKind.get(kind);
		if (times == null || times.isEmpty()) {
			return -1;
		}
		List<Integer> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	int count(String kind) {
		ConcurrentLinkedQueue<Integer> times = byKind.get(kind);
		return times == null ? 0 : times.size();
	}

	/**
	 * One line per kind (in the order given): count, p50, p95 and p95 / the baseline's p95, with the verdict against
	 * {@code limit}. Returns the table; {@link #allWithin} says whether every kind met it.
	 */
	String ratioTable(String baseline, List<String> kinds, double limit) {
		StringBuilder table = new StringBuilder(String.format("%-34s %7s %8s %8s %8s%n", "request kind", "count",
				"p50 ms", "p95 ms", "p95 / trivial"));
		double base = Math.max(1, p95(baseline));
		for (String kind : kinds) {
			int p95 = p95(kind);
			table.append(String.format("%-34s %7d %8d %8d %7.2fx%s%n", kind, count(kind), percentile(kind, 50), p95,
					p95 / base, p95 < 0 ? "  (not measured)" : p95 / base <= limit ? "" : "  ABOVE " + limit + "x"));
		}
		return table.toString();
	}

	boolean allWithin(String baseline, List<String> kinds, double limit) {
		double base = Math.max(1, p95(baseline));
		return kinds.stream().allMatch(kind -> p95(kind) >= 0 && p95(kind) / base <= limit);
	}
}
