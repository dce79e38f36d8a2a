package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** One login for the portal and Camunda's webapps, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleLoginIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Test
	void portalLoginOpensTasklistWithoutSecondLogin() {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login("kantoku", PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

		assertThat(client.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> camundaUser = client.get("/camunda/api/admin/auth/user/default");
		assertThat(camundaUser.statusCode()).as(camundaUser.body()).isEqualTo(200);
		assertThat(camundaUser.body()).contains("\"userId\":\"kantoku\"").contains("tasklist");
	}

	@Test
	void tasklistOffersEveryUserTheirTaskFilter() {
		for (String user : new String[] { "kantoku", "genba" }) {
			HttpResponse<String> filters = new BrowserlessClient(port).send(BrowserlessClient
				.basic("http://localhost:" + port + "/engine-rest/filter", user, PASSWORD).GET().build());
			assertThat(filters.statusCode()).isEqualTo(200);
			assertThat(filters.body()).contains("自分のタスク");
		}
	}

	@Test
	void withoutLoginTasklistSendsTheUserToThePortalLogin() {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> tasklist = client.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}
}
