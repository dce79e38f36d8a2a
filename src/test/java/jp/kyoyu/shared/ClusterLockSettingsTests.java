package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The lock lease refuses what would let two nodes run one round at once, or never free a dead node's work, and says
 * so in Japanese, naming the setting and the value as written.
 */
class ClusterLockSettingsTests {

	@Test
	void aLeaseOrRenewalThatIsNotPositiveIsRefused() {
		for (Duration refused : new Duration[] { Duration.ZERO, Duration.ofSeconds(-1) }) {
			assertThatThrownBy(() -> new ClusterLockSettings(refused, Duration.ofSeconds(30))).as(String.valueOf(refused))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("kyoyu.cluster.lock-lease には正の期間を指定してください（例: PT2M）。指定された値: " + refused);
			assertThatThrownBy(() -> new ClusterLockSettings(Duration.ofMinutes(2), refused)).as(String.valueOf(refused))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("kyoyu.cluster.lock-extend-every には正の期間を指定してください（例: PT2M）。指定された値: "
						+ refused);
		}
		assertThatThrownBy(() -> new ClusterLockSettings(null, Duration.ofSeconds(30)))
			.hasMessage("kyoyu.cluster.lock-lease に期間を指定してください（例: PT2M）。");
		assertThatThrownBy(() -> new ClusterLockSettings(Duration.ofMinutes(2), null))
			.hasMessage("kyoyu.cluster.lock-extend-every に期間を指定してください（例: PT2M）。");
	}

	@Test
	void aLeaseThatEndsBeforeItsRenewalIsRefused() {
		for (Duration lease : new Duration[] { Duration.ofSeconds(29), Duration.ofSeconds(30) }) {
			assertThatThrownBy(() -> new ClusterLockSettings(lease, Duration.ofSeconds(30))).as(lease.toString())
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("kyoyu.cluster.lock-lease（" + lease + "）は kyoyu.cluster.lock-extend-every"
						+ "（PT30S）より長くしてください（例: PT2M と PT30S）。")
				.hasMessageContaining("別のノードが同じ処理を同時に始めます");
		}
		ClusterLockSettings accepted = new ClusterLockSettings(Duration.ofSeconds(31), Duration.ofSeconds(30));
		assertThat(accepted.lockLease()).isEqualTo(Duration.ofSeconds(31));
		assertThat(accepted.lockExtendEvery()).isEqualTo(Duration.ofSeconds(30));
	}

	/** What the operator reads when the node refuses to start: the binding failure carries the Japanese reason. */
	@Test
	void aNodeWithALeaseNotLongerThanItsRenewalDoesNotStart() {
		new ApplicationContextRunner().withUserConfiguration(ClusterSettingsOnly.class)
			.withPropertyValues("kyoyu.cluster.lock-lease=30s", "kyoyu.cluster.lock-extend-every=1m")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageStartingWith("kyoyu.cluster.lock-lease（PT30S）は kyoyu.cluster.lock-extend-every（PT1M）より"
						+ "長くしてください"));
		new ApplicationContextRunner().withUserConfiguration(ClusterSettingsOnly.class)
			.run(context -> assertThat(context).hasNotFailed()
				.getBean(ClusterLockSettings.class)
				.isEqualTo(new ClusterLockSettings(Duration.ofMinutes(2), Duration.ofSeconds(30))));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ClusterLockSettings.class)
	static class ClusterSettingsOnly {
	}
}
