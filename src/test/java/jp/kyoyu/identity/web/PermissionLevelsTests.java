package jp.kyoyu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.kyoyu.identity.Feature;

/** The API description's body of PUT .../permissions names every function there is, and no other (issue #23). */
class PermissionLevelsTests {

	@Test
	void theDescribedBodyHasOneKeyPerFunction() {
		assertThat(Arrays.stream(UserAdminApi.PermissionLevels.class.getRecordComponents()).map(c -> c.getName()))
			.as("a new Feature needs a component in UserAdminApi.PermissionLevels")
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Feature.values()).map(Enum::name).toList());
	}
}
