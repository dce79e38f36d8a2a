package jp.kyoyu.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.kyoyu.shared.AuditableEvent;

/**
 * Writes an entry for every {@link AuditableEvent}, synchronously and inside the publisher's transaction: a
 * change and its audit entry commit together or not at all, and the caller's address and login are still at
 * hand. Events published outside a transaction (logins) get one of their own.
 */
@Component
class AuditTrail {

	private static final int DETAIL_LIMIT = 2000;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	void on(AuditableEvent event) {
		String detail = event.detail();
		if (detail != null && detail.length() > DETAIL_LIMIT) {
			detail = detail.substring(0, DETAIL_LIMIT - 1) + "…";
		}
		entries.save(new AuditEntry(clock.instant(), actorOf(event), event.action(), truncate(event.target(), 200),
				detail, remoteAddress(), event.succeeded()));
	}

	private static String actorOf(AuditableEvent event) {
		if (event.actor() != null) {
			return truncate(event.actor(), 64);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : truncate(authentication.getName(), 64);
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
