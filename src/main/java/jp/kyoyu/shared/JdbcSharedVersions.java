package jp.kyoyu.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@link SharedVersions} in the database (table {@code shared_cache_version}, V57): a change bumps the row in its own
 * transaction, just before it commits, so a change committed through one node is seen through every other on its
 * next request — no window in which another node answers from before it.
 *
 * <p>Cost: in a web request, one query reads every cache's row the first time a cache is asked (for a logged-in
 * request: within the session's read, in its transaction, {@link #readForThisRequest}), and the answer is
 * kept for the rest of that request (a request sees one moment); a group's row (one user's unread counts) is one more
 * small query per request. Outside requests (Camunda's jobs, the mailers after a commit) the same holds for one
 * transaction: a notice mail asks four caches (accounts, names, preferences, templates) for one query, not four
 * (issue #21). Outside both, each ask reads the row.
 */
@Component
class JdbcSharedVersions implements SharedVersions {

	private static final String REQUEST_ATTRIBUTE = JdbcSharedVersions.class.getName();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	JdbcSharedVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public long current(String name) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return TransactionSynchronizationManager.isActualTransactionActive()
					&& TransactionSynchronizationManager.isSynchronizationActive() ? seen(seenInTransaction(), name)
							: read(name);
		}
		return seen(seenInRequest(request), name);
	}

	@Override
	public void readForThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			seenInRequest(request);
		}
	}

	private Map<String, Long> seenInRequest(RequestAttributes request) {
		@SuppressWarnings("unchecked")
		Map<String, Long> seen = (Map<String, Long>) request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (seen == null) {
			// Every whole-cache row at once: a page asks several caches, and rights are asked on every request.
			seen = readWholeCacheRows();
			request.setAttribute(REQUEST_ATTRIBUTE, seen, RequestAttributes.SCOPE_REQUEST);
		}
		return seen;
	}

	/**
	 * A whole cache's row missing from the all-rows answer did not exist at that moment: version 0, as {@link #read}
	 * would say, without asking again (a cache nobody has changed yet). A group's row is read once.
	 */
	private long seen(Map<String, Long> seen, String name) {
		return seen.computeIfAbsent(name, row -> row.contains("/") ? read(row) : 0L);
	}

	/**
	 * The rows as the current transaction first saw them, bound to it (and put aside while a transaction of its own
	 * runs inside it, which sees its own moment).
	 */
	private Map<String, Long> seenInTransaction() {
		@SuppressWarnings("unchecked")
		Map<String, Long> seen = (Map<String, Long>) TransactionSynchronizationManager.getResource(REQUEST_ATTRIBUTE);
		if (seen != null) {
			return seen;
		}
		Map<String, Long> rows = readWholeCacheRows();
		TransactionSynchronizationManager.bindResource(REQUEST_ATTRIBUTE, rows);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(REQUEST_ATTRIBUTE);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(REQUEST_ATTRIBUTE, rows);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(REQUEST_ATTRIBUTE);
			}
		});
		return rows;
	}

	/** Just before the current transaction commits, so the change and the bump commit together. */
	@Override
	public void bump(String name) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			increment(name);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				increment(name);
			}
		});
	}

	private void increment(String name) {
		if (jdbc.update("update shared_cache_version set version = version + 1 where cache_name = ?", name) == 0) {
			// A group's first bump. Created in a transaction of its own: on PostgreSQL a failed insert (two nodes
			// creating it together) would abort the caller's transaction.
			separately.executeWithoutResult(status -> {
				try {
					jdbc.update("insert into shared_cache_version (cache_name, version) values (?, 0)", name);
				}
				catch (DuplicateKeyException createdMeanwhile) {
					status.setRollbackOnly();
				}
			});
			jdbc.update("update shared_cache_version set version = version + 1 where cache_name = ?", name);
		}
	}

	private long read(String name) {
		return jdbc.query("select version from shared_cache_version where cache_name = ?",
				rows -> rows.next() ? rows.getLong(1) : 0L, name);
	}

	private Map<String, Long> readWholeCacheRows() {
		Map<String, Long> rows = new HashMap<>();
		jdbc.query("select cache_name, version from shared_cache_version where cache_name not like '%/%'",
				row -> {
					rows.put(row.getString(1), row.getLong(2));
				});
		return rows;
	}
}
