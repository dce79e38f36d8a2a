package jp.kyoyu.identity;

import static jp.kyoyu.support.BrowserlessClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * Users, groups, memberships and passwords change only through Kyoyu's own administration (issue #15): every writing
 * call through the engine REST API or Camunda Admin is refused with 403 and Kyoyu's Japanese message, for the user
 * themselves and for an administrator, and nothing has changed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CamundaSelfServiceIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	static final String ADMIN_API = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void aUserCannotChangeTheirOwnPasswordThroughTheEngineRestApi() {
		HttpResponse<String> refused = call("genba", "PUT", "/engine-rest/user/genba/credentials",
				"{\"password\":\"a\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}");
		assertRefused(refused);
		assertThat(identity.checkPassword("genba", PASSWORD)).isTrue();
		assertThat(identity.checkPassword("genba", "a")).isFalse();

		assertRefused(call("genba", "PUT", "/engine-rest/engine/default/user/genba/credentials",
				"{\"password\":\"a\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"));
		assertRefused(call("genba", "PUT", "/engine-rest/USER/genba/credentials",
				"{\"password\":\"a\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"));
		assertThat(identity.checkPassword("genba", "a")).isFalse();
	}

	@Test
	void aUserCannotRenameOrDeleteThemselves() {
		User before = identity.createUserQuery().userId("genba").singleResult();
		assertRefused(call("genba", "PUT", "/engine-rest/user/genba/profile",
				"{\"id\":\"genba\",\"firstName\":\"花子\",\"lastName\":\"監督\",\"email\":\"x@example.jp\"}"));
		assertRefused(call("genba", "DELETE", "/engine-rest/user/genba", null));
		assertRefused(call("genba", "POST", "/engine-rest/user/genba/unlock", null));

		User after = identity.createUserQuery().userId("genba").singleResult();
		assertThat(after).as("still there").isNotNull();
		assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
		assertThat(after.getLastName()).isEqualTo(before.getLastName());
		assertThat(after.getEmail()).isEqualTo(before.getEmail());
		assertThat(identity.createGroupQuery().groupMember("genba").groupId("contractor").count()).isEqualTo(1);
	}

	@Test
	void notEvenAnAdministratorChangesIdentitiesThroughCamunda() {
		String newId = "rest" + UUID.randomUUID().toString().substring(0, 8);
		assertRefused(call("admin", "POST", "/engine-rest/user/create", """
				{"profile":{"id":"%s","firstName":"a","lastName":"b"},"credentials":{"password":"x"}}""".formatted(newId)));
		assertRefused(call("admin", "POST", ADMIN_API + "/user/create", """
				{"profile":{"id":"%s","firstName":"a","lastName":"b"},"credentials":{"password":"x"}}""".formatted(newId)));
		assertThat(identity.createUserQuery().userId(newId).count()).isZero();

		assertRefused(call("admin", "PUT", ADMIN_API + "/user/genba/credentials",
				"{\"password\":\"a\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"));
		assertThat(identity.checkPassword("genba", PASSWORD)).isTrue();

		assertRefused(call("admin", "DELETE", "/engine-rest/group/contractor/members/genba", null));
		assertRefused(call("admin", "DELETE", ADMIN_API + "/group/contractor/members/genba", null));
		assertRefused(call("admin", "PUT", ADMIN_API + "/group/contractor/members/kantoku", null));
		assertThat(identity.createGroupQuery().groupMember("genba").groupId("contractor").count()).isEqualTo(1);
		assertThat(identity.createGroupQuery().groupMember("kantoku").groupId("contractor").count()).isZero();

		assertRefused(call("admin", "PUT", ADMIN_API + "/group/contractor",
				"{\"id\":\"contractor\",\"name\":\"renamed\",\"type\":\"WORKFLOW\"}"));
		assertThat(identity.createGroupQuery().groupId("contractor").singleResult().getName()).isEqualTo("受注者");
		assertRefused(call("admin", "DELETE", "/engine-rest/group/contractor", null));
		assertThat(identity.createGroupQuery().groupId("contractor").count()).isEqualTo(1);

		assertRefused(call("admin", "POST", "/engine-rest/tenant/create", "{\"id\":\"t1\",\"name\":\"t\"}"));
		assertThat(identity.createTenantQuery().tenantId("t1").count()).isZero();
		assertRefused(call("admin", "POST", "/camunda/api/admin/setup/default/user/create", """
				{"profile":{"id":"%s","firstName":"a","lastName":"b"},"credentials":{"password":"x"}}""".formatted(newId)));
		assertThat(identity.createUserQuery().userId(newId).count()).isZero();
	}

	/** Camunda's own password checks would let anyone test passwords past Kyoyu's lockout. */
	@Test
	void camundasOwnPasswordChecksAreClosed() {
		assertRefused(call("genba", "POST", "/engine-rest/identity/verify",
				"{\"username\":\"kantoku\",\"password\":\"" + PASSWORD + "\"}"));
		HttpResponse<String> login = new BrowserlessClient(port).send(basic(
				new BrowserlessClient(port).url("/camunda/api/admin/auth/user/default/login/cockpit"), "genba", PASSWORD)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=kantoku&password=" + PASSWORD))
			.build());
		assertRefused(login);
	}

	@Test
	void readingNamesStaysOpenForTasklistAndCockpit() {
		HttpResponse<String> users = call("genba", "GET", "/engine-rest/user?id=genba", null);
		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(users.body()).contains("\"id\":\"genba\"");
		assertThat(call("genba", "GET", "/engine-rest/user/genba/profile", null).statusCode()).isEqualTo(200);
		assertThat(call("kantoku", "GET", ADMIN_API + "/group?member=kantoku", null).statusCode()).isEqualTo(200);
	}

	/** At the source: no user holds more than READ on their own Camunda user record, old or new. */
	@Test
	void usersMayOnlyReadTheirOwnCamundaRecord() {
		for (String userId : List.of("genba", "kantoku", "tanto")) {
			List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
				.map(org.camunda.bpm.engine.identity.Group::getId).toList();
			assertThat(authorizations.isUserAuthorized(userId, groups, Permissions.READ, Resources.USER, userId))
				.isTrue();
			assertThat(authorizations.isUserAuthorized(userId, groups, Permissions.UPDATE, Resources.USER, userId))
				.as(userId + " may not update their own record").isFalse();
			assertThat(authorizations.isUserAuthorized(userId, groups, Permissions.DELETE, Resources.USER, userId))
				.isFalse();
		}
		String userId = "own" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = call("admin", "POST", "/api/v1/admin/users", """
				{"userId":"%s","name":"試験 太郎","email":"%s@example.jp","password":"Sakura-no-hana-2026","side":"CONTRACTOR"}"""
			.formatted(userId, userId));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(authorizations.isUserAuthorized(userId, List.of("contractor"), Permissions.UPDATE, Resources.USER,
				userId)).isFalse();
		assertThat(authorizations.isUserAuthorized(userId, List.of("contractor"), Permissions.READ, Resources.USER,
				userId)).isTrue();
	}

	/** Users created before the rule held ALL on their own record: the start-up step narrows it to READ. */
	@Test
	void anOldSelfGrantIsNarrowedToRead() {
		String userId = "old" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(userId);
		user.setFirstName("旧");
		user.setLastName("利用者");
		identity.saveUser(user);
		org.camunda.bpm.engine.authorization.Authorization own = authorizations.createAuthorizationQuery()
			.userIdIn(userId).resourceType(Resources.USER).resourceId(userId).singleResult();
		own.setPermissions(new Permissions[] { Permissions.ALL });
		authorizations.saveAuthorization(own);
		assertThat(authorizations.isUserAuthorized(userId, List.of(), Permissions.UPDATE, Resources.USER, userId))
			.as("as Camunda's default left it").isTrue();

		assertThat(OwnAccountReadOnly.narrowExistingGrants(authorizations)).isPositive();
		assertThat(authorizations.isUserAuthorized(userId, List.of(), Permissions.UPDATE, Resources.USER, userId))
			.isFalse();
		assertThat(authorizations.isUserAuthorized(userId, List.of(), Permissions.DELETE, Resources.USER, userId))
			.isFalse();
		assertThat(authorizations.isUserAuthorized(userId, List.of(), Permissions.READ, Resources.USER, userId))
			.isTrue();
		assertThat(OwnAccountReadOnly.narrowExistingGrants(authorizations)).as("idempotent").isZero();
		identity.deleteUser(userId);
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"権限がありません\",\"status\":403,")
			.contains("\"errors\":[{\"field\":null,\"message\":")
			.contains("Camunda からは変更できません").contains("管理 › 利用者");
	}

	private HttpResponse<String> call(String user, String method, String path, String json) {
		BrowserlessClient client = new BrowserlessClient(port);
		return client.send(basic(client.url(path), user, PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build());
	}
}
