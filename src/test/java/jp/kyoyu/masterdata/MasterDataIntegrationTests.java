package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** Master data administration over real HTTP, as an administrator and as a contractor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MasterDataIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	BrowserlessClient admin;

	@BeforeEach
	void logInAsAdministrator() {
		admin = new BrowserlessClient(port);
		assertThat(admin.login("admin", PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void administratorCreatesEditsAndDeletesAnAgency() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "統合試験農地事務所" + unique;
		String code = "it-" + unique;

		HttpResponse<String> created = admin.submit("/admin/master/agencies/new", "/admin/master/agencies/new",
				form("name", name, "code", code));
		assertThat(created.statusCode()).isEqualTo(302);
		String list = admin.get("/admin/master/agencies").body();
		assertThat(list).contains(name).contains(code).contains("「" + name + "」を登録しました。");
		String editPath = linkTo(list, "/admin/master/agencies/", "/edit", code);

		// The same code again is refused; what was typed is shown again with the message next to the field.
		String typedName = "二つ目の事務所" + unique;
		HttpResponse<String> refused = admin.submit("/admin/master/agencies/new", "/admin/master/agencies/new",
				form("name", typedName, "code", code));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("value=\"" + typedName + "\"")
			.contains("機関コード「" + code + "」は既に使われています。")
			.contains("aria-invalid=\"true\"");

		HttpResponse<String> edited = admin.submit(editPath, editPath, form("name", name + "（改）", "code", code));
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/master/agencies").body()).contains(name + "（改）");

		String deletePath = editPath.replace("/edit", "/delete");
		assertThat(admin.get(deletePath).body()).contains(name + "（改）").contains("削除すると元に戻せません");
		assertThat(admin.submit(deletePath, deletePath, "").statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/master/agencies").body()).doesNotContain(code);
	}

	@Test
	void contractorCannotOpenMasterData() {
		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", PASSWORD);
		assertThat(genba.get("/admin/master").statusCode()).isEqualTo(403);
		assertThat(genba.get("/admin/master/holidays").statusCode()).isEqualTo(403);
	}

	/** The path of the row's link that contains {@code rowText}, e.g. its edit link. */
	static String linkTo(String html, String prefix, String suffix, String rowText) {
		int row = html.indexOf(rowText);
		assertThat(row).as("row with " + rowText).isGreaterThanOrEqualTo(0);
		int start = html.indexOf(prefix, row);
		int end = html.indexOf(suffix, start);
		return html.substring(start, end + suffix.length());
	}

	static String form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(namesAndValues[i]).append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}
}
