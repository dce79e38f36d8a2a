package jp.kyoyu.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.security.*}: the password policy and the lockout. Expiry is off unless {@code max-age} is set,
 * because current guidance (NIST SP 800-63B, NISC) advises against forced periodic change.
 */
@ConfigurationProperties("kyoyu.security")
record SecuritySettings(@DefaultValue Password password, @DefaultValue Lockout lockout) {

	record Password(@DefaultValue("12") int minLength, @DefaultValue("5") int history, Duration maxAge,
			@DefaultValue("310000") int pbkdf2Iterations) {
	}

	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration duration) {
	}
}
