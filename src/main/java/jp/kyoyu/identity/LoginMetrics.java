package jp.kyoyu.identity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code kyoyu_logins_total{outcome="succeeded"|"failed"}} from the login events (form and HTTP Basic alike, so a
 * script or a scraper counts too), and {@code kyoyu_login_lockouts_total}: the failures that locked an id. A
 * lockout storm (many ids locked in minutes) is the sign of password guessing (docs/monitoring.md).
 */
@Component
class LoginMetrics {

	private final Counter succeeded;

	private final Counter failed;

	private final Counter lockouts;

	LoginMetrics(MeterRegistry registry) {
		this.succeeded = Counter.builder("kyoyu.logins").tag("outcome", "succeeded")
			.description("Logins (form and HTTP Basic)").register(registry);
		this.failed = Counter.builder("kyoyu.logins").tag("outcome", "failed")
			.description("Logins (form and HTTP Basic)").register(registry);
		this.lockouts = Counter.builder("kyoyu.login.lockouts")
			.description("Failed logins that locked the user id").register(registry);
	}

	@EventListener
	void succeeded(LoginSucceeded login) {
		succeeded.increment();
	}

	@EventListener
	void failed(LoginFailed login) {
		failed.increment();
	}

	/** Called by the login when this failure is the one that locked the id (not for refusals while locked). */
	void lockedOut() {
		lockouts.increment();
	}
}
