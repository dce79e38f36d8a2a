package jp.kyoyu.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.notification.*}: the sender address, the address users open links in mails with, and how
 * failed mails are retried: every {@code retryInterval} (zero switches the retry off), the publications
 * that have been incomplete for at least {@code retryAfter} are handed to their listeners again.
 * {@code mailClaimAbandonedAfter}: a mail claimed for sending this long ago and still not sent was claimed by a node
 * that died mid-send, and another delivery takes it over ({@link MailClaims}); keep it far above the SMTP timeouts
 * (spring.mail: 10 s to connect, 30 s per read and write), or a slow send is taken over and mailed twice.
 */
@ConfigurationProperties("kyoyu.notification")
record NotificationSettings(@DefaultValue("kyoyu@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("PT5M") Duration retryInterval,
		@DefaultValue("PT2M") Duration retryAfter, @DefaultValue("PT10M") Duration mailClaimAbandonedAfter) {

	NotificationSettings {
		// Zero or less would take over every claim at once: two nodes would both send each mail.
		if (mailClaimAbandonedAfter == null || mailClaimAbandonedAfter.isZero() || mailClaimAbandonedAfter.isNegative()) {
			throw new IllegalArgumentException(
					"kyoyu.notification.mail-claim-abandoned-after must be positive (e.g. PT10M), not "
							+ mailClaimAbandonedAfter);
		}
	}
}
