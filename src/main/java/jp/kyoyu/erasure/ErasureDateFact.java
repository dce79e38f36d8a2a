package jp.kyoyu.erasure;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectFacts;
import jp.kyoyu.shared.Wording;

/** The erasure date on the project page, for every member (G-5: members must know when everything goes). */
@Component
class ErasureDateFact implements ProjectFacts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final ErasureManagement erasures;

	ErasureDateFact(ErasureManagement erasures) {
		this.erasures = erasures;
	}

	@Override
	public Map<String, String> facts(long projectId) {
		return erasures.scheduledDate(projectId)
			.map(date -> Map.of(Wording.of("erasure.fact.label"), Wording.of("erasure.fact.value", DAY.format(date))))
			.orElse(Map.of());
	}
}
