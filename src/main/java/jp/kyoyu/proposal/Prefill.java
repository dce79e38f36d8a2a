package jp.kyoyu.proposal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.kyoyu.identity.Side;
import jp.kyoyu.project.ProjectDetails;

/**
 * Fills a new document from the project's basic info and the author (C3.3). A form gets a value only for a
 * field whose key is one of these names; the convention for form authors is in docs/modules/proposal.md.
 */
final class Prefill {

	/** Fields that describe the author; refreshed when someone else copies a document. */
	static final Set<String> AUTHOR_KEYS = Set.of("proposerName", "proposerSide", "proposalDate");

	/** Fields filled from the project's basic info; filled afresh when a document is copied into another project. */
	static final Set<String> PROJECT_KEYS = Set.of("projectName", "projectNumber", "fiscalYear", "contractorName",
			"agencyOfficeName", "periodStart", "periodEnd", "address");

	private Prefill() {
	}

	static Map<String, Object> values(ProjectDetails project, String authorName, Side authorSide, LocalDate today) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("projectName", project.name());
		values.put("projectNumber", project.projectNumber());
		values.put("fiscalYear", project.fiscalYear());
		values.put("contractorName", project.contractorName());
		values.put("agencyOfficeName", project.agencyOfficeName());
		values.put("periodStart", project.periodStart() == null ? null : project.periodStart().toString());
		values.put("periodEnd", project.periodEnd() == null ? null : project.periodEnd().toString());
		values.put("address", project.address());
		values.put("proposerName", authorName);
		values.put("proposalDate", today.toString());
		values.put("proposerSide", authorSide.name());
		values.values().removeIf(java.util.Objects::isNull);
		return values;
	}

	/** The prefilled values for the form's own keys, then what the author gave on top. */
	static Map<String, Object> merge(Map<String, Object> prefill, Map<String, Object> given, Set<String> formKeys) {
		Map<String, Object> merged = new LinkedHashMap<>();
		prefill.forEach((key, value) -> {
			if (formKeys.contains(key)) {
				merged.put(key, value);
			}
		});
		given.forEach((key, value) -> {
			if (formKeys.contains(key) && value != null) {
				merged.put(key, value);
			}
		});
		return merged;
	}
}
