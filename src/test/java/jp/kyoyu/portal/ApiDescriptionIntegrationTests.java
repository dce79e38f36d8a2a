package jp.kyoyu.portal;

import static jp.kyoyu.support.BrowserlessClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** Outside tools find the API described; the browsable page is for logged-in users only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void openApiDescribesTheApiForLoggedInUsers() {
		HttpResponse<String> docs = new BrowserlessClient(port)
			.send(basic("http://localhost:" + port + "/v3/api-docs", "kantoku", "Kyoyu#Demo2026").GET().build());
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"").contains("/api/v1/admin/users").contains("Kyoyu API");
		assertThat(new BrowserlessClient(port).get("/v3/api-docs").statusCode()).isEqualTo(401);
	}

	@Test
	void browsablePageOpensAfterLogin() {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.get("/api-docs.html").statusCode()).isEqualTo(302);
		client.login("kantoku", "Kyoyu#Demo2026");
		HttpResponse<String> page = client.get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}
}
