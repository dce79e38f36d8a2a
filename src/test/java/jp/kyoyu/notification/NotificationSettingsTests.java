package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The mail claim's take-over time refuses what would let two nodes send the same mail (issue #18). */
class NotificationSettingsTests {

	@Test
	void aClaimTakenOverAtOnceIsRefused() {
		for (Duration refused : new Duration[] { Duration.ZERO, Duration.ofSeconds(-1), null }) {
			assertThatThrownBy(() -> settings(refused)).as(String.valueOf(refused))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("kyoyu.notification.mail-claim-abandoned-after must be positive");
		}
		assertThat(settings(Duration.ofSeconds(20)).mailClaimAbandonedAfter()).isEqualTo(Duration.ofSeconds(20));
	}

	private static NotificationSettings settings(Duration abandonedAfter) {
		return new NotificationSettings("kyoyu@localhost", "http://localhost:8080", Duration.ofMinutes(5),
				Duration.ofMinutes(2), abandonedAfter);
	}
}
