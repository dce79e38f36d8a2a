package jp.kyoyu.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Spring Session JDBC, as shipped, reads the session row twice per request (once for the request, once more for
 * Spring Security's check whether the session was ended on another node) and writes it once, only because the last
 * access time moved. Three statements and three commits of every request's floor (issue #21), for nothing a user
 * notices. This decorates the session repository so that:
 * <ul>
 * <li>within one request a session is read once: the second read is answered with the session the request already
 * holds (read from the database at the start of this request, so an end marked by another node is still seen at the
 * next request, as before);</li>
 * <li>the last access time is written only when it moved by {@link #LAST_ACCESS_RESOLUTION} or more, or together
 * with a change the request makes anyway. A session therefore times out up to that much earlier than its 8 hours
 * after the last request; nothing else reads the time.</li>
 * </ul>
 * Everything else (new sessions, attributes, id changes, deletion, the look-up by user) goes straight through.
 */
@Configuration(proxyBeanMethods = false)
class SessionWritesPerRequest {

	/** Against an 8-hour timeout, a minute of resolution is invisible; it turns a write per request into one a minute. */
	static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

	/** Wraps Spring Session's repository wherever it is injected (the session filter, the session registry). */
	@Bean
	static BeanPostProcessor fewerSessionReadsAndWrites() {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings("unchecked")
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof Sessions)) {
					return new Sessions((FindByIndexNameSessionRepository<Session>) sessions);
				}
				return bean;
			}
		};
	}

	/** The decorating repository. */
	static final class Sessions implements FindByIndexNameSessionRepository<KeptSession> {

		private static final String READ_IN_THIS_REQUEST = Sessions.class.getName() + ".";

		private final FindByIndexNameSessionRepository<Session> delegate;

		Sessions(FindByIndexNameSessionRepository<Session> delegate) {
			this.delegate = delegate;
		}

		@Override
		public KeptSession createSession() {
			return new KeptSession(delegate.createSession(), true);
		}

		@Override
		public void save(KeptSession session) {
			delegate.save(session.delegate);
		}

		@Override
		public KeptSession findById(String id) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null && request.getAttribute(READ_IN_THIS_REQUEST + id,
					RequestAttributes.SCOPE_REQUEST) instanceof KeptSession read) {
				return read;
			}
			Session found = delegate.findById(id);
			if (found == null) {
				return null;
			}
			KeptSession kept = new KeptSession(found, false);
			if (request != null) {
				request.setAttribute(READ_IN_THIS_REQUEST + id, kept, RequestAttributes.SCOPE_REQUEST);
			}
			return kept;
		}

		@Override
		public void deleteById(String id) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.removeAttribute(READ_IN_THIS_REQUEST + id, RequestAttributes.SCOPE_REQUEST);
			}
			delegate.deleteById(id);
		}

		@Override
		public Map<String, KeptSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, KeptSession> kept = new LinkedHashMap<>();
			delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> kept.put(id, new KeptSession(session, false)));
			return kept;
		}
	}

	/** A session whose last access time moves in steps of {@link #LAST_ACCESS_RESOLUTION}. */
	static final class KeptSession implements Session {

		private final Session delegate;

		private final boolean created;

		KeptSession(Session delegate, boolean created) {
			this.delegate = delegate;
			this.created = created;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			// Setting it marks the row changed, and a changed row is written when the request ends.
			if (created || !lastAccessedTime.isBefore(delegate.getLastAccessedTime().plus(LAST_ACCESS_RESOLUTION))) {
				delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}
	}
}
