package jp.kyoyu.privacy;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * G-2 「秘匿性の高い個人情報を扱わない」: the modules hand their users' text here before saving it; a text that holds an
 * individual number or a payment card number (of a kind the administrator has switched on) is refused with 400
 * saying why and in which field, and the refusal is audited without the number.
 */
@Service
public class PersonalDataGuard {

	private final PrivacyCheckRepository checks;

	private final ApplicationEventPublisher events;

	/** The audit entry of a refusal must outlive the caller's transaction, which the refusal rolls back. */
	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	PersonalDataGuard(PrivacyCheckRepository checks, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.checks = checks;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param what the record the text belongs to, for the audit trail ({@code post}, {@code proposal:12})
	 * @param field the request field, {@code label} its Japanese name for the message
	 * @throws InvalidInputException when {@code text} holds a sensitive number of a kind that is checked
	 */
	public void checkText(String what, String field, String label, String text) {
		Set<SensitiveKind> kinds = enabledKinds();
		SensitiveNumbers.find(text, kinds).ifPresent(kind -> refuse(kind, what, field, "「" + label + "」"));
	}

	/**
	 * A form's values, nested lists and maps included (table rows); each problem names the top-level field.
	 *
	 * @param labelOf the Japanese label of a field key (the key itself when unknown)
	 */
	public void checkFields(String what, Map<String, ?> values, Function<String, String> labelOf) {
		if (values == null || values.isEmpty()) {
			return;
		}
		Set<SensitiveKind> kinds = enabledKinds();
		for (Map.Entry<String, ?> value : values.entrySet()) {
			Optional<SensitiveKind> found = find(value.getValue(), kinds, 0);
			if (found.isPresent()) {
				refuse(found.get(), what, value.getKey(), "「" + labelOf.apply(value.getKey()) + "」");
			}
		}
	}

	/** Whether each kind is checked now. */
	@Transactional(readOnly = true)
	public Map<SensitiveKind, Boolean> settings() {
		Map<SensitiveKind, Boolean> settings = new EnumMap<>(SensitiveKind.class);
		for (SensitiveKind kind : SensitiveKind.values()) {
			settings.put(kind, true);
		}
		checks.findAll().forEach(check -> settings.put(check.kind(), check.enabled()));
		return settings;
	}

	/** Switches the given kinds; audited per kind that changed. */
	@Transactional
	public Map<SensitiveKind, Boolean> change(Map<SensitiveKind, Boolean> wanted, String userId) {
		wanted.forEach((kind, enabled) -> {
			if (kind == null || enabled == null) {
				return;
			}
			PrivacyCheck check = checks.findById(kind).orElseGet(() -> checks.save(new PrivacyCheck(kind, true)));
			if (check.enabled() != enabled) {
				check.change(enabled, userId, clock.instant());
				events.publishEvent(new PrivacyCheckChanged(kind, enabled));
			}
		});
		return settings();
	}

	Set<SensitiveKind> enabledKinds() {
		Set<SensitiveKind> kinds = EnumSet.noneOf(SensitiveKind.class);
		settings().forEach((kind, enabled) -> {
			if (enabled) {
				kinds.add(kind);
			}
		});
		return kinds;
	}

	/** Audits the refusal in its own transaction, then throws the 400. */
	void refuse(SensitiveKind kind, String what, String field, String where) {
		ownTransaction.executeWithoutResult(status -> events.publishEvent(new SensitiveNumberRefused(kind, what, where)));
		throw new InvalidInputException(field, Wording.of("privacy.refused", where, kind.shownLabel()));
	}

	private static Optional<SensitiveKind> find(Object value, Set<SensitiveKind> kinds, int depth) {
		if (depth > 10 || value == null) {
			return Optional.empty();
		}
		if (value instanceof Map<?, ?> map) {
			return find(map.values(), kinds, depth + 1);
		}
		if (value instanceof Collection<?> items) {
			for (Object item : items) {
				Optional<SensitiveKind> found = find(item, kinds, depth + 1);
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		return SensitiveNumbers.find(value.toString(), kinds);
	}
}
