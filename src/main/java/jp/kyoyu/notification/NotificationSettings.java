package jp.kyoyu.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.notification.*}: the sender address, the address users open links in mails with, and how
 * failed mails are retried: every {@code retryInterval} (zero switches the retry off), the publications
 * that have been incomplete for at least {@code retryAfter} are handed to their listeners again.
 */
@ConfigurationProperties("kyoyu.notification")
record NotificationSettings(@DefaultValue("kyoyu@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("PT5M") Duration retryInterval,
		@DefaultValue("PT2M") Duration retryAfter) {
}
