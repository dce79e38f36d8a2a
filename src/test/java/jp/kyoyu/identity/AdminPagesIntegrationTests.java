package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** What an administrator does on the admin pages, and what others cannot do there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Test
	void aRejectedNewUserFormKeepsEverythingTyped() {
		BrowserlessClient admin = loggedIn("admin");
		HttpResponse<String> page = admin.submit("/admin/users/new", "/admin/users",
				"userId=" + enc("ok" + suffix()) + "&name=" + enc("山田 花子") + "&email=" + enc("not-an-address")
						+ "&side=CONTRACTOR&organisation=" + enc("山田建設株式会社") + "&password=short");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("メールアドレスの形式が正しくありません")
			.contains("12文字以上")
			.contains("value=\"山田 花子\"")
			.contains("value=\"山田建設株式会社\"")
			.contains("value=\"not-an-address\"")
			.containsPattern("<option value=\"CONTRACTOR\" selected");
	}

	@Test
	void administratorCreatesAUserWhoCanThenLogIn() {
		BrowserlessClient admin = loggedIn("admin");
		String userId = "new." + suffix() + "_a-b";
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name="
				+ enc("新人 一郎") + "&email=" + userId + "%40example.jp&side=AGENCY&password=" + enc("Ine-karu-aki-2026"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/users").body()).contains(userId).contains("新人 一郎");
		assertThat(loggedIn(userId, "Ine-karu-aki-2026").get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledUserCannotLogInAndIsToldWhy() {
		BrowserlessClient admin = loggedIn("admin");
		String userId = "off" + suffix();
		admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name=" + enc("無効 太郎") + "&email="
				+ userId + "%40example.jp&side=CONTRACTOR&password=" + enc("Ine-karu-aki-2026"));
		BrowserlessClient alreadyIn = loggedIn(userId, "Ine-karu-aki-2026");
		admin.submit("/admin/users/" + userId, "/admin/users/" + userId + "/enabled", "enabled=false");
		assertThat(alreadyIn.get("/").headers().firstValue("Location").orElseThrow()).contains("/login");
		BrowserlessClient user = new BrowserlessClient(port);
		user.login(userId, "Ine-karu-aki-2026");
		assertThat(user.get("/login?error").body()).contains("このアカウントは無効になっています");
	}

	@Test
	void readOnlyAdministrationOpensTheAuditLogButNotUserAdministration() {
		BrowserlessClient admin = loggedIn("admin");
		String userId = "aud" + suffix();
		admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name=" + enc("監査 役") + "&email="
				+ userId + "%40example.jp&side=AGENCY&password=" + enc("Ine-karu-aki-2026"));
		HttpResponse<String> saved = admin.submit("/admin/users/" + userId, "/admin/users/" + userId + "/permissions",
				"perm_ADMIN=READ&perm_BOARD=READ");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(admin.get("/admin/users/" + userId).body()).containsPattern("<option value=\"READ\" selected");

		BrowserlessClient auditor = loggedIn(userId, "Ine-karu-aki-2026");
		assertThat(auditor.get("/admin/audit").statusCode()).isEqualTo(200);
		HttpResponse<String> users = auditor.get("/admin/users");
		assertThat(users.statusCode()).isEqualTo(403);
		assertThat(users.body()).contains("アクセスできません");
	}

	@Test
	void contractorStaffCannotOpenAdministration() {
		assertThat(loggedIn("genba").get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(loggedIn("genba").get("/admin").statusCode()).isEqualTo(403);
	}

	@Test
	void groupsAreCamundaGroupsWithMembers() {
		BrowserlessClient admin = loggedIn("admin");
		String groupId = "grp" + suffix();
		admin.submit("/admin/groups", "/admin/groups", "groupId=" + groupId + "&name=" + enc("用水路班"));
		admin.submit("/admin/groups", "/admin/groups/" + groupId + "/members", "userId=kantoku");
		String page = admin.get("/admin/groups").body();
		assertThat(page).contains("用水路班").contains(groupId);
		HttpResponse<String> duplicate = admin.submit("/admin/groups", "/admin/groups",
				"groupId=" + groupId + "&name=" + enc("重複"));
		assertThat(duplicate.body()).contains("既に使われています").contains("value=\"重複\"");
	}

	@Test
	void usersChangeTheirOwnPasswordAgainstThePolicy() {
		BrowserlessClient admin = loggedIn("admin");
		String userId = "me" + suffix();
		admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name=" + enc("自分 で変") + "&email="
				+ userId + "%40example.jp&side=AGENCY&password=" + enc("Ine-karu-aki-2026"));
		BrowserlessClient user = loggedIn(userId, "Ine-karu-aki-2026");
		HttpResponse<String> wrongCurrent = user.submit("/account", "/account/password",
				"currentPassword=nope&newPassword=" + enc("Mugi-no-aki-2027") + "&confirmPassword=" + enc("Mugi-no-aki-2027"));
		assertThat(wrongCurrent.body()).contains("現在のパスワードが正しくありません");
		// issue #22: typed twice; a mismatch is named at the confirmation field and nothing is changed
		HttpResponse<String> mismatch = user.submit("/account", "/account/password", "currentPassword="
				+ enc("Ine-karu-aki-2026") + "&newPassword=" + enc("Mugi-no-aki-2027") + "&confirmPassword=" + enc("Mugi-no-aki-2072"));
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("id=\"confirmPassword-error\"", "確認用のパスワードが一致しません。")
			.contains("value=\"Mugi-no-aki-2027\"");
		assertThat(loggedIn(userId, "Ine-karu-aki-2026").get("/").statusCode()).as("old password still valid").isEqualTo(200);
		HttpResponse<String> changed = user.submit("/account", "/account/password",
				"currentPassword=" + enc("Ine-karu-aki-2026") + "&newPassword=" + enc("Mugi-no-aki-2027")
						+ "&confirmPassword=" + enc("Mugi-no-aki-2027"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(loggedIn(userId, "Mugi-no-aki-2027").get("/").statusCode()).isEqualTo(200);
	}

	private BrowserlessClient loggedIn(String userId) {
		return loggedIn(userId, PASSWORD);
	}

	private BrowserlessClient loggedIn(String userId, String password) {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login(userId, password);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return client;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
