package jp.kyoyu.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kyoyu.notification.*}: the sender address and the address users open links in mails with. */
@ConfigurationProperties("kyoyu.notification")
record NotificationSettings(@DefaultValue("kyoyu@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
