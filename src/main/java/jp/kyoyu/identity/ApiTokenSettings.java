package jp.kyoyu.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.security.api-tokens.*}: how long a new personal API token lives when its maker names no expiry, and
 * the longest it may live. A token that never expires would outlive the script, the person and the contract it was
 * made for; a year bounds what a forgotten token can do.
 */
@ConfigurationProperties("kyoyu.security.api-tokens")
record ApiTokenSettings(@DefaultValue("P90D") Duration defaultValidity, @DefaultValue("P365D") Duration maxValidity) {

	long defaultDays() {
		return defaultValidity.toDays();
	}

	long maxDays() {
		return maxValidity.toDays();
	}
}
