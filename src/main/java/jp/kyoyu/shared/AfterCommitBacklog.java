package jp.kyoyu.shared;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * How much after-commit work ({@link AsyncWork}'s listeners: mails, filing approved proposals) waits for a thread on
 * this node. Work that waits is not failed, only late: its event publication is incomplete in the database like a
 * failed one's, and whoever hands incomplete publications back to their listeners must not take one for the other
 * (the 2026-12-08 soak: 1,300 waiting after 11 minutes, and every retry round queued the older mails a second time).
 */
public final class AfterCommitBacklog {

	private final ThreadPoolTaskExecutor executor;

	public AfterCommitBacklog(ThreadPoolTaskExecutor executor) {
		this.executor = executor;
	}

	/** Tasks queued for a thread now (not counting those running). */
	public int waiting() {
		return executor.getQueueSize();
	}
}
