package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.RightsFixture;

/**
 * Camunda's user resource answers a non-administrator only the people who share a project with them, and
 * themself, through {@code /engine-rest} and the webapps' {@code /camunda/api/engine} alike: a user on no project
 * sees nobody else, and becomes visible to a colleague once they share a project. Administrators see everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CamundaColleaguesIntegrationTests {

	static final String WEBAPP = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Test
	void aUserSeesOnlyThePeopleTheyShareAProjectWith() throws Exception {
		RightsFixture api = new RightsFixture(port);
		String loner = api.user("loner", "CONTRACTOR");

		for (String door : List.of("/engine-rest", WEBAPP)) {
			assertThat(ids(api, "genba", door + "/user")).as(door).contains("genba", "kantoku").doesNotContain(loner);
			assertThat(ids(api, "genba", door + "/user?idIn=" + loner + ",kantoku")).containsExactly("kantoku");
			assertThat(ids(api, "genba", door + "/user?id=" + loner)).isEmpty();
			assertThat(count(api, "genba", door + "/user/count?id=" + loner)).isZero();
			assertNotFound(api.get(door + "/user/" + loner + "/profile", "genba"));

			assertThat(ids(api, loner, door + "/user")).as("nobody but themself").containsExactly(loner);
			assertThat(ids(api, loner, door + "/user?memberOfGroup=contractor&maxResults=50")).containsExactly(loner);
			assertThat(count(api, loner, door + "/user/count")).isEqualTo(1);
			assertNotFound(api.get(door + "/user/genba/profile", loner));
			assertNotFound(api.get(door + "/identity/groups?userId=genba", loner));
			JsonNode ownGroups = read(api, loner, door + "/identity/groups?userId=" + loner);
			assertThat(ownGroups.path("groups").toString()).contains("contractor");
			assertThat(idsOf(ownGroups.path("groupUsers"))).as("the contractor group's other members are hidden")
				.isEmpty();

			assertThat(ids(api, "admin", door + "/user?id=" + loner)).as("administrators see everyone")
				.containsExactly(loner);
			assertThat(count(api, "admin", door + "/user/count?id=" + loner)).isEqualTo(1);
			assertThat(api.get(door + "/user/" + loner + "/profile", "admin").statusCode()).isEqualTo(200);
		}

		api.project("同僚", Map.of("genba", "SITE_AGENT", loner, "CONTRACTOR_STAFF"));
		assertThat(ids(api, "genba", "/engine-rest/user?idIn=" + loner + ",kantoku"))
			.containsExactlyInAnyOrder(loner, "kantoku");
		assertThat(read(api, "genba", WEBAPP + "/user/" + loner + "/profile").path("id").asText()).isEqualTo(loner);
		assertThat(ids(api, loner, "/engine-rest/user")).contains(loner, "genba", "sokatsu");
		assertThat(idsOf(read(api, loner, "/engine-rest/identity/groups?userId=" + loner).path("groupUsers")))
			.as("Camunda lists the group's other members").contains("genba").doesNotContain("gyomu");
	}

	private static void assertNotFound(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(response.body()).contains("対象が見つかりません").doesNotContain("firstName");
	}

	private static List<String> ids(RightsFixture api, String user, String path) throws Exception {
		return idsOf(read(api, user, path));
	}

	private static long count(RightsFixture api, String user, String path) throws Exception {
		return read(api, user, path).path("count").asLong(-1);
	}

	private static JsonNode read(RightsFixture api, String user, String path) throws Exception {
		HttpResponse<String> response = api.get(path, user);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return api.read(response);
	}

	private static List<String> idsOf(JsonNode users) {
		List<String> ids = new ArrayList<>();
		users.forEach(user -> ids.add(user.path("id").asText()));
		return ids;
	}
}
