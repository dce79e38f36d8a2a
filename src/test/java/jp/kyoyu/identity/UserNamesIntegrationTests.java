package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Names are kept between approval steps (UserNames); an administrator's change must still show in the very next
 * record, and an unknown or deleted user has no name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserNamesIntegrationTests {

	private static final String PASSWORD = "Namae#Kawaru-2026";

	@Autowired
	IdentityManagement identity;

	@Autowired
	AccountManagement accounts;

	@Test
	void aRenamedUserIsNamedAnewAtOnceAndADeletedOneNotAtAll() {
		String userId = "names-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(input(userId, "佐藤 花子"), false);
		assertThat(identity.nameOf(userId)).hasValue("佐藤 花子");
		assertThat(identity.nameOf(userId)).hasValue("佐藤 花子");

		accounts.update(userId, input(userId, "山田 花子"));
		assertThat(identity.nameOf(userId)).hasValue("山田 花子");

		accounts.delete(userId, "admin");
		assertThat(identity.nameOf(userId)).isEmpty();
	}

	private static UserDetailsInput input(String userId, String name) {
		return new UserDetailsInput(userId, name, userId + "@names.kyoyu.example", PASSWORD, Side.AGENCY, null, null,
				null);
	}
}
