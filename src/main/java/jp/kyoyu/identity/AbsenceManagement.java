package jp.kyoyu.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.SharedVersions;
import jp.kyoyu.shared.StampedCache;

/**
 * Absence periods and deputies (C4.21). The workflow asks who stands in for an approver on a day; users keep
 * their own list (replaced as a whole, so the page and {@code PUT /api/v1/me/absences} stay simple).
 */
@Service
@Transactional
public class AbsenceManagement {

	private final AbsenceRepository absences;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final IdentityTexts texts;

	/** Shared by all nodes: a deputy must never be offered a task by a node that missed a deleted absence. */
	private final StampedCache<Asked, Optional<AbsencePeriod>> asked;

	AbsenceManagement(AbsenceRepository absences, IdentityManagement identity, ApplicationEventPublisher events,
			IdentityTexts texts, SharedVersions shared) {
		this.asked = new StampedCache<>("identity.absences", shared, Duration.ofSeconds(60), 10_000);
		this.texts = texts;
		this.absences = absences;
		this.identity = identity;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<AbsencePeriod> of(String userId) {
		return absences.findByUser(userId).stream().map(Absence::period).toList();
	}

	/**
	 * The periods of each of the users that overlap [{@code from}, {@code to}] (days, both included), in one query:
	 * the schedule overview shows a row per person of every project, a query per person made it slow at volume.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<AbsencePeriod>> overlapping(Collection<String> userIds, LocalDate from, LocalDate to) {
		Map<String, List<AbsencePeriod>> periods = new HashMap<>();
		if (!userIds.isEmpty()) {
			for (Absence absence : absences.findOverlapping(userIds, from, to)) {
				periods.computeIfAbsent(absence.userId(), id -> new ArrayList<>()).add(absence.period());
			}
		}
		return periods;
	}

	/**
	 * The absence covering {@code day}, if the user registered one. Asked for every approval step (who stands in),
	 * so the answers are kept a minute, and forgotten when anyone's absences change.
	 */
	@Transactional(readOnly = true)
	public Optional<AbsencePeriod> on(String userId, LocalDate day) {
		return asked.get(new Asked(userId, day),
				key -> absences.findOn(key.userId(), key.day()).stream().map(Absence::period).findFirst());
	}

	private record Asked(String userId, LocalDate day) {
	}

	/** A deleted user's periods go with them. */
	@EventListener(UserDeleted.class)
	void userDeleted() {
		asked.forgetAllAfterCommit();
	}

	/** Replaces the user's periods; each needs from ≤ to, and a deputy must be another existing user. */
	public List<AbsencePeriod> replace(String userId, List<AbsencePeriod> periods) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			AbsencePeriod p = periods.get(i);
			String at = "[" + i + "]";
			if (p == null || p.from() == null || p.to() == null) {
				problems.add(new FieldProblem(at + ".from", texts.get("absence.problem.datesMissing", i + 1)));
				continue;
			}
			if (p.to().isBefore(p.from())) {
				problems.add(new FieldProblem(at + ".to", texts.get("absence.problem.toBeforeFrom", i + 1)));
			}
			if (p.deputyUserId() != null && !p.deputyUserId().isBlank()
					&& (p.deputyUserId().equals(userId) || identity.find(p.deputyUserId()).isEmpty())) {
				problems.add(new FieldProblem(at + ".deputyUserId", texts.get("absence.problem.deputy", i + 1)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		absences.deleteByUserId(userId);
		absences.flush();
		List<AbsencePeriod> clean = periods.stream()
			.map(p -> new AbsencePeriod(p.from(), p.to(),
					p.deputyUserId() == null || p.deputyUserId().isBlank() ? null : p.deputyUserId()))
			.sorted(Comparator.comparing(AbsencePeriod::from))
			.toList();
		clean.forEach(p -> absences.save(new Absence(userId, p)));
		events.publishEvent(new AbsencesChanged(userId, clean));
		asked.forgetAllAfterCommit();
		return clean;
	}
}
