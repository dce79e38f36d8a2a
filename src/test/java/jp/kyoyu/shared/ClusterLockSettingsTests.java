package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The lock lease refuses what would let two nodes run one round at once, or never free a dead node's work. */
class ClusterLockSettingsTests {

	@Test
	void aLeaseOrRenewalThatIsNotPositiveIsRefused() {
		for (Duration refused : new Duration[] { Duration.ZERO, Duration.ofSeconds(-1), null }) {
			assertThatThrownBy(() -> new ClusterLockSettings(refused, Duration.ofSeconds(30))).as(String.valueOf(refused))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("kyoyu.cluster.lock-lease must be positive");
			assertThatThrownBy(() -> new ClusterLockSettings(Duration.ofMinutes(2), refused)).as(String.valueOf(refused))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("kyoyu.cluster.lock-extend-every must be positive");
		}
	}

	@Test
	void aLeaseThatEndsBeforeItsRenewalIsRefused() {
		for (Duration lease : new Duration[] { Duration.ofSeconds(29), Duration.ofSeconds(30) }) {
			assertThatThrownBy(() -> new ClusterLockSettings(lease, Duration.ofSeconds(30))).as(lease.toString())
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("kyoyu.cluster.lock-lease (" + lease + ") must be longer than "
						+ "kyoyu.cluster.lock-extend-every (PT30S)");
		}
		ClusterLockSettings accepted = new ClusterLockSettings(Duration.ofSeconds(31), Duration.ofSeconds(30));
		assertThat(accepted.lockLease()).isEqualTo(Duration.ofSeconds(31));
		assertThat(accepted.lockExtendEvery()).isEqualTo(Duration.ofSeconds(30));
	}
}
