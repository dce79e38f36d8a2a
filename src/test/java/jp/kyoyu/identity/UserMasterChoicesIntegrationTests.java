package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.masterdata.OrganisationInput;
import jp.kyoyu.masterdata.OrganisationKind;
import jp.kyoyu.masterdata.OrganisationManagement;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/** Issue #22: a user's organisation and job title are chosen from the master data, on the form and in the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserMasterChoicesIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	IdentityManagement identity;

	@Test
	void theFormOffersTheMastersEntriesIncludingTheDemoUsersOnes() {
		String company = "選択肢建設" + suffix();
		organisations.create(new OrganisationInput(company, OrganisationKind.CONTRACTOR, null));
		String form = admin().get("/admin/users/new").body();
		assertThat(form).contains("<option value=\"" + company + "\">")
			.as("the demo users' organisations are in the 組織 master")
			.contains("<option value=\"デモ建設株式会社\">", "<option value=\"デモ県 農林水産部 中部農地整備事務所\">")
			.contains("<option value=\"監督員\">", "<option value=\"現場代理人\">")
			.doesNotContain("マスタにありません");
	}

	@Test
	void aValueOutsideTheMasterIsRefusedNextToItsFieldKeepingEverythingTyped() {
		BrowserlessClient admin = admin();
		String userId = "free" + suffix();
		String freeCompany = "自由記入建設" + suffix();
		HttpResponse<String> page = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name="
				+ enc("自由 記入") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&organisation=" + enc(freeCompany)
				+ "&jobTitle=" + enc("現場代理人") + "&phone=" + enc("03-1234-5678") + "&password=" + enc("Ine-karu-aki-2026"));
		assertThat(page.statusCode()).isEqualTo(200);
		String message = "組織「" + freeCompany + "」はマスタ（組織）に登録されていません。";
		assertThat(page.body())
			.as("the message sits right after the organisation select")
			.containsPattern(Pattern.compile("id=\"organisation\"[^>]*>(?:(?!</select>).)*</select>\\s*"
					+ "<span class=\"field-error\">" + Pattern.quote(message), Pattern.DOTALL))
			.contains("value=\"" + userId + "\"", "value=\"自由 記入\"", "value=\"" + userId + "@example.jp\"",
					"value=\"03-1234-5678\"")
			.containsPattern("<option value=\"" + Pattern.quote(freeCompany) + "\" selected")
			.contains(freeCompany + "（マスタにありません）")
			.containsPattern("<option value=\"現場代理人\" selected")
			.doesNotContain("役職「");
		assertThat(identity.find(userId)).as("nothing was registered").isEmpty();

		HttpResponse<String> freeTitle = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId
				+ "&name=" + enc("自由 記入") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&organisation="
				+ enc("デモ建設株式会社") + "&jobTitle=" + enc("なんでも係") + "&password=" + enc("Ine-karu-aki-2026"));
		assertThat(freeTitle.body()).contains("役職「なんでも係」はマスタ（役職）に登録されていません。")
			.doesNotContain("組織「");

		HttpResponse<String> chosen = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name="
				+ enc("自由 記入") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&organisation="
				+ enc("デモ建設株式会社") + "&jobTitle=" + enc("現場代理人") + "&password=" + enc("Ine-karu-aki-2026"));
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
		assertThat(identity.get(userId).organisation()).isEqualTo("デモ建設株式会社");
	}

	@Test
	void aValueThatLeftTheMasterStaysUntilTheUserIsGivenAnother() {
		String company = "解散予定建設" + suffix();
		Organisation entry = organisations.create(new OrganisationInput(company, OrganisationKind.CONTRACTOR, null));
		String userId = "old" + suffix();
		accounts.create(new UserDetailsInput(userId, "古参 太郎", userId + "@example.jp", "Ine-karu-aki-2026",
				Side.CONTRACTOR, company, "現場代理人", null), false);
		organisations.delete(entry.id());

		BrowserlessClient admin = admin();
		assertThat(admin.get("/admin/users/" + userId).body())
			.containsPattern("<option value=\"" + Pattern.quote(company) + "\" selected")
			.contains(company + "（マスタにありません）");
		HttpResponse<String> renamed = admin.submit("/admin/users/" + userId, "/admin/users/" + userId, "name="
				+ enc("古参 次郎") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&organisation=" + enc(company)
				+ "&jobTitle=" + enc("現場代理人"));
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
		assertThat(identity.get(userId).name()).isEqualTo("古参 次郎");
		assertThat(identity.get(userId).organisation()).isEqualTo(company);

		HttpResponse<String> other = admin.submit("/admin/users/" + userId, "/admin/users/" + userId, "name="
				+ enc("古参 三郎") + "&email=" + userId + "%40example.jp&side=CONTRACTOR&organisation="
				+ enc("別の自由記入") + "&jobTitle=" + enc("現場代理人"));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).contains("組織「別の自由記入」はマスタ（組織）に登録されていません。")
			.contains("value=\"古参 三郎\"");
		assertThat(identity.get(userId).name()).as("nothing was changed").isEqualTo("古参 次郎");
	}

	@Test
	void theApiAppliesTheSameRuleWithAProblemNamingTheField() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		String userId = "api" + suffix();
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("userId", userId);
		user.put("name", "接続 花子");
		user.put("email", userId + "@example.jp");
		user.put("side", "AGENCY");
		user.put("password", "Ine-karu-aki-2026");
		user.put("organisation", "存在しない事務所");
		user.put("jobTitle", "監督員");
		HttpResponse<String> refused = api.send("POST", "/api/v1/admin/users", "admin", user);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"organisation\"")
			.contains("組織「存在しない事務所」はマスタ（組織）に登録されていません。")
			.doesNotContain("\"field\":\"jobTitle\"");
		assertThat(identity.find(userId)).isEmpty();

		user.put("organisation", "デモ県 農林水産部 中部農地整備事務所");
		HttpResponse<String> created = api.send("POST", "/api/v1/admin/users", "admin", user);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		HttpResponse<String> freeTitle = api.send("PUT", "/api/v1/admin/users/" + userId, "admin",
				Map.of("jobTitle", "自称部長"));
		assertThat(freeTitle.statusCode()).as(freeTitle.body()).isEqualTo(400);
		assertThat(freeTitle.body()).contains("\"field\":\"jobTitle\"")
			.contains("役職「自称部長」はマスタ（役職）に登録されていません。");
		HttpResponse<String> masterTitle = api.send("PUT", "/api/v1/admin/users/" + userId, "admin",
				Map.of("jobTitle", "主任監督員"));
		assertThat(masterTitle.statusCode()).as(masterTitle.body()).isEqualTo(200);
		assertThat(identity.get(userId).jobTitle()).isEqualTo("主任監督員");
	}

	private BrowserlessClient admin() {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login("admin", PASSWORD);
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
