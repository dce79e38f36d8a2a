package jp.kyoyu.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of {@code erasure_job}: the schedule, the progress and, once erased, the certificate's data.
 * {@code keyDestroyedAt} is when the project's file key was destroyed, {@code backupsExpireOn} the day the last
 * backup holding any of the project's data expires (both null on erasures from before issue #16's key step).
 */
record ErasureJob(long projectId, LocalDate erasureDate, String dateReason, ErasureStatus status, String method,
		String requestedBy, String runReason, Instant leaseUntil, String projectName, LocalDate periodStart,
		LocalDate periodEnd, String formerMembers, String doneSteps, String counts, Long filesCount, Long filesBytes,
		Instant startedAt, Instant erasedAt, String certificateSha256, String generalSupervisors, Instant keyDestroyedAt,
		LocalDate backupsExpireOn) {

	Set<String> done() {
		return doneSteps == null || doneSteps.isEmpty() ? Set.of() : Set.of(doneSteps.split(","));
	}

	List<String> members() {
		return formerMembers == null || formerMembers.isEmpty() ? List.of() : Arrays.asList(formerMembers.split(","));
	}

	/** The project's 総括監督員 when the erasure started: they get the certificate by mail. */
	List<String> generalSupervisorIds() {
		return generalSupervisors == null || generalSupervisors.isEmpty() ? List.of()
				: Arrays.asList(generalSupervisors.split(","));
	}

	/** Counts per kind in the order they were erased; stored as lines {@code kind<TAB>count}. */
	Map<String, Long> countMap() {
		Map<String, Long> map = new LinkedHashMap<>();
		if (counts != null) {
			for (String line : counts.split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					map.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
				}
			}
		}
		return map;
	}

	static String countsText(Map<String, Long> counts) {
		return counts.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
	}
}
