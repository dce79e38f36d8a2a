package jp.kyoyu.shared;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run work after a commit: the modules' {@code @ApplicationModuleListener}s (mails, filing approved
 * proposals). Without this, Spring found no single executor (Camunda's job executor and others are beans too) and
 * fell back to a new thread per event; under load (issue #21: 100 users, and a restart with many events still to
 * send) those threads took every pooled database connection and requests failed waiting for one. A small fixed pool
 * with a queue bounds what after-commit work can hold; nothing waiting in the queue is lost on a crash, because the
 * events are kept in the event publication table until their listener completes (republished at start).
 */
// proxied (the default): getAsyncExecutor() must answer the bean Spring starts and stops, not a new pool
@Configuration
class AsyncWork implements AsyncConfigurer {

	private final int threads;

	AsyncWork(@Value("${kyoyu.async.threads:4}") int threads) {
		if (threads < 1) {
			throw new IllegalStateException("kyoyu.async.threads must be at least 1, was " + threads);
		}
		this.threads = threads;
	}

	@Bean(name = "kyoyuAsyncWork")
	ThreadPoolTaskExecutor kyoyuAsyncWork() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("kyoyu-after-commit-");
		// a graceful stop lets running listeners finish; what is still queued is republished at the next start
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(20);
		return executor;
	}

	@Bean
	AfterCommitBacklog afterCommitBacklog() {
		return new AfterCommitBacklog(kyoyuAsyncWork());
	}

	@Override
	public Executor getAsyncExecutor() {
		return kyoyuAsyncWork();
	}
}
