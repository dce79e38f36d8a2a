package jp.kyoyu.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed (at once when there is none). For the business
 * metrics: an upload or an approval that is rolled back must not be counted. A
 * {@code @TransactionalEventListener} would do the same, but Spring Modulith records every such listener's event
 * in its publication registry: two extra rows per counted event, for a number that may be lost on a crash anyway.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
