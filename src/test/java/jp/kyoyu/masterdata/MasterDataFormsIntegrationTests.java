package jp.kyoyu.masterdata;

import static jp.kyoyu.masterdata.MasterDataIntegrationTests.PASSWORD;
import static jp.kyoyu.masterdata.MasterDataIntegrationTests.form;
import static jp.kyoyu.masterdata.MasterDataIntegrationTests.linkTo;
import static jp.kyoyu.masterdata.MasterDataIntegrationTests.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** The organisation, job title, holiday and mail template pages, with the mistakes administrators make. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MasterDataFormsIntegrationTests {

	@LocalServerPort
	int port;

	final MailTemplates mailTemplates;

	BrowserlessClient admin;

	final String unique = UUID.randomUUID().toString().substring(0, 8);

	MasterDataFormsIntegrationTests(@Autowired MailTemplates mailTemplates) {
		this.mailTemplates = mailTemplates;
	}

	@BeforeEach
	void logInAsAdministrator() {
		admin = new BrowserlessClient(port);
		admin.login("admin", PASSWORD);
	}

	@Test
	void indexLinksTheFiveLists() {
		assertThat(admin.get("/admin/master").body()).contains("href=\"/admin/master/agencies\"")
			.contains("href=\"/admin/master/organisations\"").contains("href=\"/admin/master/job-titles\"")
			.contains("href=\"/admin/master/holidays\"").contains("href=\"/admin/master/mail-templates\"");
	}

	@Test
	void organisationKeepsTheChosenSideWhenRefusedAndShowsItsAgency() {
		String agency = "組織試験の事務所" + unique;
		admin.submit("/admin/master/agencies/new", "/admin/master/agencies/new", form("name", agency, "code", "org-" + unique));
		String agencyId = linkTo(admin.get("/admin/master/agencies").body(), "/admin/master/agencies/", "/edit", agency)
			.replaceAll("\\D", "");

		HttpResponse<String> blank = admin.submit("/admin/master/organisations/new", "/admin/master/organisations/new",
				form("name", " ", "kind", "CONTRACTOR", "agencyId", agencyId));
		assertThat(blank.body()).contains("組織名を入力してください。")
			.containsPattern("value=\"CONTRACTOR\"[^>]*checked")
			.containsPattern("value=\"" + agencyId + "\"[^>]*selected");

		HttpResponse<String> tampered = admin.submit("/admin/master/organisations/new", "/admin/master/organisations/new",
				form("name", "工務課" + unique, "kind", "ORDERER", "agencyId", "abc"));
		assertThat(tampered.body()).contains("発注機関を一覧から選び直してください。").contains("value=\"工務課" + unique + "\"");

		admin.submit("/admin/master/organisations/new", "/admin/master/organisations/new",
				form("name", "工務課" + unique, "kind", "ORDERER", "agencyId", agencyId));
		assertThat(admin.get("/admin/master/organisations").body()).contains("工務課" + unique).contains(agency);

		// The agency is in use now, so deleting it is refused with the reason.
		String deletePath = "/admin/master/agencies/" + agencyId + "/delete";
		HttpResponse<String> refused = admin.submit(deletePath, deletePath, "");
		assertThat(refused.body()).contains("1件の組織に設定されているため削除できません");
		assertThat(admin.get("/admin/master/agencies").body()).contains(agency);
	}

	@Test
	void jobTitleWithAnOrderThatIsNoNumberKeepsWhatWasTyped() {
		HttpResponse<String> refused = admin.submit("/admin/master/job-titles/new", "/admin/master/job-titles/new",
				form("name", "副所長" + unique, "displayOrder", "十"));
		assertThat(refused.body()).contains("表示順は半角数字の整数（0〜9999）で入力してください。")
			.contains("value=\"十\"").contains("value=\"副所長" + unique + "\"");

		admin.submit("/admin/master/job-titles/new", "/admin/master/job-titles/new",
				form("name", "副所長" + unique, "displayOrder", "15"));
		String list = rows(admin.get("/admin/master/job-titles").body());
		assertThat(list.indexOf("総括監督員")).isLessThan(list.indexOf("副所長" + unique));
		assertThat(list.indexOf("副所長" + unique)).isLessThan(list.indexOf("主任監督員"));
	}

	@Test
	void closedDayAddedByHandIsSkippedUntilDeleted() {
		assertThat(businessDayAfter("2093-03-31")).isEqualTo("2093-04-01");
		HttpResponse<String> added = admin.submit("/admin/master/holidays/new", "/admin/master/holidays/new",
				form("date", "2093-04-01", "name", "創立記念日", "kind", "AGENCY_CLOSED"));
		assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/admin/master/holidays?year=2093");
		assertThat(businessDayAfter("2093-03-31")).as("reloaded after the edit").isEqualTo("2093-04-02");

		HttpResponse<String> twice = admin.submit("/admin/master/holidays/new", "/admin/master/holidays/new",
				form("date", "2093-04-01", "name", "二重登録", "kind", "AGENCY_CLOSED"));
		assertThat(twice.body()).contains("2093年4月1日は既に「創立記念日」として登録されています。")
			.contains("value=\"二重登録\"").contains("value=\"2093-04-01\"");

		HttpResponse<String> badDate = admin.submit("/admin/master/holidays/new", "/admin/master/holidays/new",
				form("date", "2093/04/01", "name", "書式違い", "kind", "AGENCY_CLOSED"));
		assertThat(badDate.body()).contains("日付は「2026-05-06」の形式で入力してください。").contains("value=\"書式違い\"");

		String delete = "/admin/master/holidays/2093-04-01/delete";
		assertThat(admin.get(delete).body()).contains("創立記念日").contains("閉庁日");
		admin.submit(delete, delete, "");
		assertThat(businessDayAfter("2093-03-31")).isEqualTo("2093-04-01");
	}

	@Test
	void mailTemplateWithABrokenPlaceholderIsRefusedAndAnEditIsUsedForTheNextMail() {
		String key = "test." + unique;
		admin.submit("/admin/master/mail-templates/new", "/admin/master/mail-templates/new",
				form("key", key, "subject", "試験 {{title}}", "body", "本文 {{title}}", "description", ""));
		String edit = linkTo(admin.get("/admin/master/mail-templates").body(), "/admin/master/mail-templates/", "/edit", key);

		HttpResponse<String> broken = admin.submit(edit, edit,
				form("key", key, "subject", "試験 {{title}", "body", "本文\r\n{{title}}", "description", ""));
		assertThat(broken.body()).contains("件名の差込項目の書き方が正しくありません。").contains("value=\"試験 {{title}\"");

		HttpResponse<String> changed = admin.submit(edit, edit,
				form("key", key, "subject", "変更後 {{title}}", "body", "本文\r\n{{title}}", "description", ""));
		assertThat(follow(changed)).contains("「" + key + "」を変更しました。");
		assertThat(mailTemplates.render(key, Map.of("title", "件名A")))
			.isEqualTo(new RenderedMail("変更後 件名A", "本文\n件名A"));

		String delete = edit.replace("/edit", "/delete");
		assertThat(admin.get(delete).body()).contains("そのメールは送れなくなります");
		String afterDelete = follow(admin.submit(delete, delete, ""));
		assertThat(afterDelete).contains("「" + key + "」を削除しました。");
		assertThat(rows(afterDelete)).doesNotContain(key);
	}

	/** Goes where a redirect points, as a browser does (the notice of the change is shown there). */
	private String follow(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		URI target = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return admin.get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())).body();
	}

	private String businessDayAfter(String from) {
		String body = admin.send(BrowserlessClient
			.basic(admin.url("/api/v1/calendar/business-days?from=" + from + "&add=1"), "tanto", PASSWORD).GET().build())
			.body();
		return body.replaceAll(".*\"result\":\"([0-9-]+)\".*", "$1");
	}
}
