package jp.kyoyu.project;

import java.time.LocalDate;
import java.util.List;

/** What the erasure at the contract's end needs to know of a project: its name, period and members. */
public record ProjectContract(long id, String name, LocalDate periodStart, LocalDate periodEnd,
		List<String> memberIds) {
}
