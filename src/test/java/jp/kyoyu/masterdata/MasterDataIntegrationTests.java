package jp.kyoyu.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
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

	@Test
	void shiftJisCsvImportAddsDaysAndABadLineImportsNothing() {
		byte[] good = ("国民の祝日・休日月日,国民の祝日・休日名称\r\n2091/1/1,元日\r\n2091/1/8,成人の日\r\n")
			.getBytes(Charset.forName("MS932"));
		HttpResponse<String> imported = upload(good);
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(imported.headers().firstValue("Location").orElseThrow()).endsWith("/admin/master/holidays?year=2091");
		String page = admin.get("/admin/master/holidays?year=2091").body();
		assertThat(page).contains("CSVを取り込みました。追加 2件、更新 0件、変更なし 0件です。")
			.contains("2091/01/08").contains("成人の日");
		assertThat(holidaysApi(2091)).contains("\"2091-01-01\"").contains("元日");

		byte[] bad = ("国民の祝日・休日月日,国民の祝日・休日名称\r\n2092/1/1,元日\r\n2092/13/1,存在しない日\r\n2092/2/11\r\n")
			.getBytes(Charset.forName("MS932"));
		HttpResponse<String> refused = upload(bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("CSVを取り込めませんでした")
			.contains("3行目：日付「2092/13/1」は存在しない日付")
			.contains("4行目：祝日・休日の名称がありません");
		assertThat(holidaysApi(2092)).isEqualTo("[]");
	}

	@Test
	void apiAnswersBusinessDaysToAnyLoggedInUser() {
		HttpResponse<String> answer = admin.send(BrowserlessClient
			.basic(admin.url("/api/v1/calendar/business-days?from=2026-05-01&add=3"), "genba", PASSWORD).GET().build());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"from\":\"2026-05-01\",\"add\":3,\"result\":\"2026-05-11\"}");

		HttpResponse<String> badDate = admin.send(BrowserlessClient
			.basic(admin.url("/api/v1/calendar/business-days?from=2026-02-30&add=1"), "genba", PASSWORD).GET().build());
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("\"field\":\"from\"").contains("YYYY-MM-DDの形式");

		HttpResponse<String> tooFar = admin.send(BrowserlessClient
			.basic(admin.url("/api/v1/calendar/business-days?from=2026-05-01&add=99999"), "genba", PASSWORD).GET().build());
		assertThat(tooFar.statusCode()).isEqualTo(400);
		assertThat(tooFar.body()).contains("-3650から3650までの整数");

		assertThat(holidaysApi(2026)).contains("{\"date\":\"2026-09-22\",\"name\":\"国民の休日\",\"kind\":\"NATIONAL_HOLIDAY\"}");
	}

	private HttpResponse<String> upload(byte[] csv) {
		String token = BrowserlessClient.csrfToken(admin.get("/admin/master/holidays").body());
		String boundary = "----kyoyu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"syukujitsu.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return admin.send(HttpRequest.newBuilder(URI.create(admin.url("/admin/master/holidays/import")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private String holidaysApi(int year) {
		HttpResponse<String> answer = admin.send(BrowserlessClient
			.basic(admin.url("/api/v1/calendar/holidays?year=" + year), "kantoku", PASSWORD).GET().build());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	/** The path of the table row's link that contains {@code rowText}, e.g. its edit link. */
	static String linkTo(String html, String prefix, String suffix, String rowText) {
		String rows = rows(html);
		int row = rows.indexOf(rowText);
		assertThat(row).as("row with " + rowText).isGreaterThanOrEqualTo(0);
		int start = rows.indexOf(prefix, row);
		int end = rows.indexOf(suffix, start);
		return rows.substring(start, end + suffix.length());
	}

	/** The rows of a list page's table, without the notice above it that may name the same entry. */
	static String rows(String html) {
		int body = html.indexOf("<tbody>");
		assertThat(body).as("a table on the page").isGreaterThanOrEqualTo(0);
		return html.substring(body);
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
