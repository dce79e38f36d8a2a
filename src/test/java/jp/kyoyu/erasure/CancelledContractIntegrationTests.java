package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Issue #16: "never earlier than the contract end unless the project is marked cancelled". Without the mark a date
 * before the end is refused (422); an administrator who marks the contract cancelled may set one, the mark stays
 * for later changes until taken back, it shows in the API and the basic info, and the audit entry names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CancelledContractIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	JsonApi api;

	@BeforeEach
	void client() {
		api = ErasureSupport.api(port);
	}

	@Test
	void aDateBeforeTheContractEndNeedsTheContractMarkedCancelled() throws Exception {
		long project = new ProjectFixtures(api).works("契約解除テスト").period("2026-06-01", "2027-03-15")
			.member("genba", "SITE_AGENT")
			.create();

		HttpResponse<String> refused = put(project, "admin", "2027-01-10", null);
		assertThat(refused.statusCode()).as("not cancelled: before the end is refused").isEqualTo(422);
		assertThat(refused.body()).contains("契約の終了日");
		assertThat(put(project, "genba", "2027-01-10", true).statusCode()).as("administrators only").isEqualTo(403);

		HttpResponse<String> cancelled = put(project, "admin", "2027-01-10", true);
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		JsonNode view = api.read(cancelled);
		assertThat(view.get("erasureDate").asText()).isEqualTo("2027-01-10");
		assertThat(view.get("contractCancelled").asBoolean()).isTrue();
		// the audit entry is written by a listener after the commit
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select detail from audit_entry where action = 'erasure.date-changed' and target = ?", String.class,
				"project:" + project)).anySatisfy(detail -> assertThat(detail).contains("2027-01-10（契約解除）")));

		assertThat(put(project, "admin", "2027-01-05", null).statusCode()).as("the mark stays").isEqualTo(200);
		JsonNode basis = api.read(api.get("/api/v1/projects/" + project + "/basic-info", "genba")).get("erasure");
		assertThat(basis.get("erasureDate").asText()).isEqualTo("2027-01-05");
		assertThat(basis.get("contractCancelled").asBoolean()).isTrue();
		assertThat(basis.get("basis").asText()).isEqualTo("契約の解除により管理者が設定した日付");

		assertThat(put(project, "admin", "2027-01-05", false).statusCode()).as("taken back: refused again")
			.isEqualTo(422);
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/erasure", "genba")).get("contractCancelled")
			.asBoolean()).as("a refused change keeps the mark").isTrue();
		assertThat(put(project, "admin", "2027-04-01", false).statusCode()).isEqualTo(200);
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/erasure", "genba")).get("contractCancelled")
			.asBoolean()).isFalse();
	}

	private HttpResponse<String> put(long project, String user, String date, Boolean cancelled) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("erasureDate", date, "reason", "契約解除の確認"));
		if (cancelled != null) {
			body.put("cancelled", cancelled);
		}
		return api.send("PUT", "/api/v1/projects/" + project + "/erasure", user, body);
	}
}
