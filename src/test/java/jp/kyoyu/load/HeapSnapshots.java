package jp.kyoyu.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the node's heap holds on to over a run (issue #21, the soak): at each snapshot a live class histogram
 * ({@code jcmd GC.class_histogram}, which collects fully first) and the heap in use read right after it. Each
 * histogram is written to {@code target/gatling/} as it is taken, so a long run can be read while it goes on; at the
 * end the series shows whether the curve levels off, and the classes that grew most between the first and the last
 * snapshot point at what grows.
 *
 * <p>The figure to read is the histogram's total: the bytes of every object still reachable at that collection. The
 * heap in use ({@code GC.heap_info}) comes from a second jcmd, seconds later on a loaded machine, and under load
 * includes whatever the requests allocated meanwhile (in the first soak with snapshots: 325 MB "after GC" when the
 * histogram of the same collection held 216 MB); it is printed beside it, not instead.
 *
 * <p>{@code java src/test/java/jp/kyoyu/load/HeapSnapshots.java target/gatling [first-label]} reads the histograms of
 * a run (also one still going) back and prints the same report.
 */
final class HeapSnapshots {

	/** One row of a histogram: {@code "  12:   3456   789012  java.util.HashMap$Node (java.base@17.0.13)"}. */
	private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	/** The histogram's last line: {@code "Total   4338367   216230704"}. */
	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

	/** The line each written histogram starts with. */
	private static final Pattern HEADER = Pattern.compile("^# (\\S+), (\\d+) s into the run, heap after GC (\\d+) MB");

	private static final long MB = 1024 * 1024;

	private final Path folder;

	private final long startedAt = System.currentTimeMillis();

	private final List<Snapshot> series = new ArrayList<>();

	HeapSnapshots(Path folder) {
		this.folder = folder;
	}

	/**
	 * Takes one snapshot of the node now, labelled (e.g. "idle", "steady+300s", "end"), and writes it out; the two
	 * readings are {@link LoadNode#classHistogram()} and {@link LoadNode#heapInUseMegabytes()} (passed in so that
	 * this class also runs on its own, see above).
	 */
	synchronized Snapshot take(String label, Callable<String> classHistogram, Callable<Long> heapInUseMegabytes)
			throws Exception {
		String histogram = classHistogram.call();
		long heap = heapInUseMegabytes.call();
		long elapsed = (System.currentTimeMillis() - startedAt) / 1000;
		Snapshot snapshot = new Snapshot(label, elapsed, liveBytes(histogram), heap, parse(histogram));
		series.add(snapshot);
		Files.createDirectories(folder);
		String name = String.format("heap-histogram-%02d-%s.txt", series.size(), label.replaceAll("[^A-Za-z0-9]+", "-"));
		Files.writeString(folder.resolve(name), String.format("# %s, %d s into the run, heap after GC %d MB%n%s", label,
				elapsed, heap, histogram), StandardCharsets.UTF_8);
		System.out.printf("Heap snapshot %s (%d s): live after GC %d MB (heap in use just after: %d MB)%n", label,
				elapsed, snapshot.liveBytes() / MB, heap);
		return snapshot;
	}

	/**
	 * The series of heap-after-GC values and the {@code top} classes by bytes grown between the snapshot labelled
	 * {@code fromLabel} (the start of the measured load: earlier ones hold what warm-up fills) and the last one.
	 */
	synchronized String report(String fromLabel, int top) {
		StringBuilder out = new StringBuilder(
				"Heap series: label, s into the run, live after full GC (histogram total), heap in use read just after:");
		for (Snapshot snapshot : series) {
			out.append(String.format("%n  %-16s %6d s %6.1f MB %5d MB", snapshot.label(), snapshot.elapsedSeconds(),
					snapshot.liveBytes() / (double) MB, snapshot.heapMegabytes()));
		}
		out.append(System.lineSeparator());
		Snapshot first = series.stream().filter(s -> s.label().equals(fromLabel)).findFirst().orElse(null);
		if (first == null || series.size() < 2 || first == series.get(series.size() - 1)) {
			return out.append("(too few snapshots to compare)").append(System.lineSeparator()).toString();
		}
		Snapshot last = series.get(series.size() - 1);
		out.append(String.format("Live after GC %s → %s: %+.1f MB. Top %d classes by bytes grown:%n", first.label(),
				last.label(), (last.liveBytes() - first.liveBytes()) / (double) MB, top));
		out.append(String.format("  %12s %12s %12s %12s  %s%n", "bytes +", "instances +", "bytes then", "bytes now",
				"class"));
		List<Growth> rows = growth(first, last);
		for (Growth growth : rows.subList(0, Math.min(top, rows.size()))) {
			out.append(String.format("  %,12d %,12d %,12d %,12d  %s%n", growth.bytes(), growth.instances(),
					growth.bytesBefore(), growth.bytesAfter(), growth.className()));
		}
		return out.toString();
	}

	/** Every class present in either snapshot, most bytes grown first. */
	static List<Growth> growth(Snapshot first, Snapshot last) {
		Set<String> classes = new HashSet<>(first.bytesByClass().keySet());
		classes.addAll(last.bytesByClass().keySet());
		List<Growth> rows = new ArrayList<>();
		for (String name : classes) {
			long[] before = first.bytesByClass().getOrDefault(name, new long[2]);
			long[] after = last.bytesByClass().getOrDefault(name, new long[2]);
			rows.add(new Growth(name, after[1] - before[1], after[0] - before[0], before[1], after[1]));
		}
		rows.sort(Comparator.comparingLong(Growth::bytes).reversed());
		return rows;
	}

	/** Class name (module suffix dropped) to {instances, bytes}. */
	static Map<String, long[]> parse(String histogram) {
		Map<String, long[]> rows = new HashMap<>();
		for (String line : histogram.split("\\R")) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				rows.merge(row.group(3), new long[] { Long.parseLong(row.group(1)), Long.parseLong(row.group(2)) },
						(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
			}
		}
		return rows;
	}

	static long liveBytes(String histogram) {
		Matcher total = TOTAL.matcher(histogram);
		return total.find() ? Long.parseLong(total.group(1)) : -1;
	}

	/** The histograms a run wrote to {@code folder}, in the order taken. */
	static HeapSnapshots read(Path folder) throws IOException {
		HeapSnapshots snapshots = new HeapSnapshots(folder);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("heap-histogram-")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Matcher header = HEADER.matcher(text);
				if (header.find()) {
					snapshots.series.add(new Snapshot(header.group(1), Long.parseLong(header.group(2)), liveBytes(text),
							Long.parseLong(header.group(3)), parse(text)));
				}
			}
		}
		return snapshots;
	}

	public static void main(String[] arguments) throws IOException {
		System.out.print(read(Path.of(arguments[0])).report(arguments.length > 1 ? arguments[1] : "steady+0s", 25));
	}

	record Snapshot(String label, long elapsedSeconds, long liveBytes, long heapMegabytes,
			Map<String, long[]> bytesByClass) {
	}

	record Growth(String className, long bytes, long instances, long bytesBefore, long bytesAfter) {
	}
}
