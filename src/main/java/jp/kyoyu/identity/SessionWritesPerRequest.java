package jp.kyoyu.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import jp.kyoyu.shared.SharedVersions;

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

	/**
	 * Wraps Spring Session's repository wherever it is injected (the session filter, the session registry), and hands
	 * Spring Session's configuration the transactions of {@link #sessionTransactions} (set on the configuration rather
	 * than offered as a bean: a bean of type {@code TransactionOperations} would stand in for Spring Boot's
	 * {@code TransactionTemplate} everywhere).
	 */
	@Bean
	static BeanPostProcessor fewerSessionReadsAndWrites(ObjectProvider<PlatformTransactionManager> transactions,
			ObjectProvider<SharedVersions> versions) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(sessionTransactions(transactions.getObject()));
				}
				return bean;
			}

			@Override
			@SuppressWarnings("unchecked")
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof Sessions)) {
					return new Sessions((FindByIndexNameSessionRepository<Session>) sessions,
							new TransactionTemplate(transactions.getObject()), versions.getObject());
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Session's transactions: a session read joins the transaction {@link Sessions#findById} opens for it, so
	 * the read and the request's shared versions are one commit; every other session statement has a transaction of
	 * its own, as Spring Session's default does (a session write must not roll back with, or wait for, whatever the
	 * request's code was doing).
	 */
	static TransactionOperations sessionTransactions(PlatformTransactionManager transactions) {
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		TransactionTemplate joining = new TransactionTemplate(transactions);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return (Sessions.READING.get() != null ? joining : own).execute(action);
			}
		};
	}

	/** The decorating repository. */
	static final class Sessions implements FindByIndexNameSessionRepository<KeptSession> {

		private static final String READ_IN_THIS_REQUEST = Sessions.class.getName() + ".";

		/** Set while {@link #findById} reads: Spring Session's own transaction then joins the read's. */
		static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

		private final FindByIndexNameSessionRepository<Session> delegate;

		private final TransactionTemplate reading;

		private final SharedVersions versions;

		Sessions(FindByIndexNameSessionRepository<Session> delegate, TransactionTemplate reading,
				SharedVersions versions) {
			this.delegate = delegate;
			this.reading = reading;
			this.versions = versions;
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
			Session found = read(id);
			if (found == null) {
				return null;
			}
			KeptSession kept = new KeptSession(found, false);
			if (request != null) {
				request.setAttribute(READ_IN_THIS_REQUEST + id, kept, RequestAttributes.SCOPE_REQUEST);
			}
			return kept;
		}

		/**
		 * The session row, and for a logged-in request the shared versions it will ask for its rights and kept answers
		 * ({@link SharedVersions#readForThisRequest}), in one transaction: each was an autocommit of its own, two
		 * commits at the start of every request (issue #21). Not read-only: Spring Session deletes an expired session
		 * it finds.
		 */
		private Session read(String id) {
			return reading.execute(status -> {
				READING.set(Boolean.TRUE);
				try {
					Session found = delegate.findById(id);
					if (found != null) {
						versions.readForThisRequest();
					}
					return found;
				}
				finally {
					READING.remove();
				}
			});
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
