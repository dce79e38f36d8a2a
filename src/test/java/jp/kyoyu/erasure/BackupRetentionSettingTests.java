package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code kyoyu.erasure.backup-retention} refuses a negative period: a certificate would name a day before the erasure. */
class BackupRetentionSettingTests {

	@Test
	void aNegativeBackupRetentionIsRefusedAtStart() {
		assertThatThrownBy(() -> new ErasureRunner(null, null, List.of(), null, null, null, null, null, null,
				Duration.ofDays(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("kyoyu.erasure.backup-retention");
	}
}
