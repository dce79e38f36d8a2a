package jp.kyoyu.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kyoyu.notification.health.*}: a notice still unsent {@code backlogAge} after its event makes the
 * readiness check {@code noticeBacklog} DEGRADED. Longer than a retry round ({@code retry-interval} plus
 * {@code retry-after}), so one failed attempt that the next round fixes does not raise it.
 */
@ConfigurationProperties("kyoyu.notification.health")
record NotificationHealthSettings(@DefaultValue("PT15M") Duration backlogAge) {
}
