package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.PermissionManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.support.BrowserlessClient;

/** The auditors' read-only page of finished processes: who sees it, and what it shows of a finished instance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessAuditPageIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PermissionManagement permissions;

	@Test
	void auditorSeesAFinishedInstanceWithItsStepsAssigneesAndTimes() {
		FinishedTestProcess finished = FinishedTestProcess.runToEnd(engine);
		BrowserlessClient auditor = loggedIn(auditorWithReadOnlyAdministration(), "Ine-karu-aki-2026");

		HttpResponse<String> page = auditor.get("/admin/audit/processes?process=" + FinishedTestProcess.KEY
				+ "&businessKey=" + finished.businessKey());

		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("完了した承認の履歴", "完了分 1件", finished.businessKey(), FinishedTestProcess.NAME, "完了");
		// Steps in order, each with the assignee's name and id, and start/end times.
		assertThat(html).containsSubsequence(FinishedTestProcess.REVIEW, "高橋 監子（kantoku）", FinishedTestProcess.APPROVE,
				"鈴木 主税（shunin）");
		assertThat(html).containsPattern("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d 〜 \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d");
		assertThat(html).doesNotContain("未完了");
	}

	@Test
	void runningInstancesAreNotListedAndTheApprovalProcessIsTheDefault() {
		FinishedTestProcess running = FinishedTestProcess.started(engine);
		BrowserlessClient admin = loggedIn("admin", PASSWORD);

		String html = admin.get("/admin/audit/processes?process=" + FinishedTestProcess.KEY + "&businessKey="
				+ running.businessKey()).body();
		assertThat(html).contains("完了分 0件", "条件に合う完了済みのプロセスはありません。").doesNotContain(running.businessKey() + "<");

		String approvals = admin.get("/admin/audit/processes").body();
		// The approval process (its real key) is the default, named as the model names it (issue 22).
		assertThat(approvals).containsPattern("<option value=\"ProposalApprovalProcess\" selected=\"selected\">発議書類の承認（");
		assertThat(admin.get("/admin/audit/processes?process=" + enc("<script>") + "&page=-5").statusCode())
			.isEqualTo(200);
	}

	@Test
	void usersWithoutAuditPermissionAreRefused() {
		HttpResponse<String> refused = loggedIn("kantoku", PASSWORD).get("/admin/audit/processes");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("アクセスできません");
		assertThat(new BrowserlessClient(port).get("/admin/audit/processes").statusCode()).isEqualTo(302);
	}

	private String auditorWithReadOnlyAdministration() {
		String userId = "aud" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "監査 役", userId + "@test.kyoyu.example", "Ine-karu-aki-2026",
				Side.AGENCY, null, null, null), false);
		permissions.setPermissions(userId, Map.of(Feature.ADMIN, AccessLevel.READ), "admin");
		return userId;
	}

	private BrowserlessClient loggedIn(String userId, String password) {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login(userId, password);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return client;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
