package jp.kyoyu.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.kyoyu.privacy.SensitiveKind;

/** The API description's body of PUT personal-data-checks names every kind there is, and no other (issue #23). */
class CheckSwitchesTests {

	@Test
	void theDescribedBodyHasOneKeyPerKind() {
		assertThat(Arrays.stream(PrivacyCheckApiController.CheckSwitches.class.getRecordComponents()).map(c -> c.getName()))
			.as("a new SensitiveKind needs a component in PrivacyCheckApiController.CheckSwitches")
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(SensitiveKind.values()).map(Enum::name).toList());
	}
}
