package jp.kyoyu.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the audit trail for administrators and auditors: filter, page, export. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final AuditEntryRepository entries;

	AuditLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/** Newest first. */
	public Page<AuditRecord> search(AuditQuery query, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return entries.findAll(matching(query), request).map(AuditEntry::toRecord);
	}

	private static Specification<AuditEntry> matching(AuditQuery query) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (hasText(query.actor())) {
				predicates.add(builder.equal(root.get("actor"), query.actor().strip()));
			}
			if (hasText(query.action())) {
				predicates.add(builder.like(root.get("action"), query.action().strip() + "%"));
			}
			if (hasText(query.target())) {
				predicates.add(builder.like(root.get("target"), "%" + escape(query.target().strip()) + "%", '\\'));
			}
			if (query.from() != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), startOf(query.from())));
			}
			if (query.to() != null) {
				predicates.add(builder.lessThan(root.get("occurredAt"), startOf(query.to().plusDays(1))));
			}
			if (query.succeeded() != null) {
				predicates.add(builder.equal(root.get("succeeded"), query.succeeded()));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static java.time.Instant startOf(LocalDate date) {
		return date.atStartOfDay(JAPAN).toInstant();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
