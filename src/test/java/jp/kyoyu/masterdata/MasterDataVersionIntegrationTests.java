package jp.kyoyu.masterdata;

import static jp.kyoyu.support.Versions.STALE;
import static jp.kyoyu.support.Versions.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/**
 * No lost update on master data (issue #15): each edit form carries the version it was opened with; after
 * another administrator's change (made here through the service) a save from the old form shows the message with
 * everything typed, and a delete confirmed from an old page is refused. Nothing changes either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MasterDataVersionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JobTitleManagement jobTitles;

	@Autowired
	HolidayCalendarManagement holidays;

	@Autowired
	MailTemplateManagement templates;

	BrowserlessClient admin;

	final String unique = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void logIn() {
		admin = new BrowserlessClient(port);
		admin.login("admin", JsonApi.PASSWORD);
	}

	@Test
	void agency() {
		long id = agencies.create(new AgencyInput("版確認事務所" + unique, "ver-" + unique)).id();
		String base = "/admin/master/agencies/" + id;
		String confirmPage = admin.get(base + "/delete").body();
		assertStaleSave(base + "/edit", Map.of("name", "画面で入力した機関" + unique, "code", "typed-" + unique),
				() -> agencies.update(id, new AgencyInput("別の管理者" + unique, "ver-" + unique)),
				"画面で入力した機関" + unique, "typed-" + unique);
		assertThat(agencies.get(id).name()).isEqualTo("別の管理者" + unique);

		assertThat(confirmPage).contains("name=\"version\" value=\"0\"");
		HttpResponse<String> staleDelete = admin.submit(base + "/delete", base + "/delete", "version=0");
		assertThat(staleDelete.body()).contains(STALE);
		assertThat(agencies.get(id).name()).as("not deleted").isEqualTo("別の管理者" + unique);
		assertThat(admin.submit(base + "/delete", base + "/delete", "version=1").statusCode()).isEqualTo(302);
	}

	@Test
	void organisation() {
		long id = organisations.create(new OrganisationInput("版確認課" + unique, OrganisationKind.CONTRACTOR, null)).id();
		String base = "/admin/master/organisations/" + id;
		assertStaleSave(base + "/edit", Map.of("name", "画面で入力した課" + unique, "kind", "CONTRACTOR"),
				() -> organisations.update(id, new OrganisationInput("別の管理者" + unique, OrganisationKind.CONTRACTOR, null)),
				"画面で入力した課" + unique);
		assertThat(organisations.get(id).name()).isEqualTo("別の管理者" + unique);
		assertStaleDelete(base);
		assertThat(organisations.get(id).name()).as("not deleted").isEqualTo("別の管理者" + unique);
	}

	@Test
	void jobTitle() {
		long id = jobTitles.create(new JobTitleInput("版確認係長" + unique, 901)).id();
		String base = "/admin/master/job-titles/" + id;
		assertStaleSave(base + "/edit", Map.of("name", "画面で入力した役職" + unique, "displayOrder", "902"),
				() -> jobTitles.update(id, new JobTitleInput("別の管理者" + unique, 901)), "画面で入力した役職" + unique, "902");
		assertThat(jobTitles.get(id).name()).isEqualTo("別の管理者" + unique);
		assertStaleDelete(base);
		assertThat(jobTitles.get(id).name()).as("not deleted").isEqualTo("別の管理者" + unique);
	}

	@Test
	void mailTemplate() {
		String key = "version.check-" + unique.replaceAll("[^a-z0-9]", "a");
		long id = templates.create(new MailTemplateInput(key, "件名", "本文", "説明")).id();
		String base = "/admin/master/mail-templates/" + id;
		assertStaleSave(base + "/edit",
				Map.of("key", key, "subject", "画面で入力した件名", "body", "画面で入力した本文", "description", "説明"),
				() -> templates.update(id, new MailTemplateInput(key, "別の管理者の件名", "本文", "説明")),
				"画面で入力した件名", "画面で入力した本文");
		assertThat(templates.get(id).subject()).isEqualTo("別の管理者の件名");
		assertStaleDelete(base);
		assertThat(templates.get(id).subject()).as("not deleted").isEqualTo("別の管理者の件名");
	}

	@Test
	void holiday() {
		LocalDate date = LocalDate.of(2900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		holidays.add(new HolidayInput(date, "版確認の日", HolidayKind.AGENCY_CLOSED));
		String base = "/admin/master/holidays/" + date;
		assertStaleSave(base + "/edit",
				Map.of("date", date.toString(), "name", "画面で入力した休日名", "kind", "AGENCY_CLOSED"),
				() -> holidays.update(date, new HolidayInput(date, "別の管理者の休日", HolidayKind.AGENCY_CLOSED)),
				"画面で入力した休日名");
		assertThat(holidays.get(date).name()).isEqualTo("別の管理者の休日");
		assertStaleDelete(base);
		assertThat(holidays.get(date).name()).as("not deleted").isEqualTo("別の管理者の休日");
	}

	/**
	 * Opens the edit form (version 0), lets {@code otherChange} happen, then saves the form as opened: the
	 * message and every typed value must come back, with the old version, and a save on the new version works.
	 */
	private void assertStaleSave(String edit, Map<String, String> typed, Runnable otherChange, String... shown) {
		assertThat(admin.get(edit).body()).contains("value=\"0\"").contains("name=\"version\"");
		otherChange.run();
		Map<String, String> fields = new LinkedHashMap<>(typed);
		fields.put("version", "0");
		HttpResponse<String> stale = admin.submit(edit, edit, form(fields));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains(STALE).contains(shown);
	}

	/** A delete confirmed on the page of version 0 after the change to version 1 is refused with the message. */
	private void assertStaleDelete(String base) {
		HttpResponse<String> staleDelete = admin.submit(base + "/delete", base + "/delete", "version=0");
		assertThat(staleDelete.statusCode()).isEqualTo(409);
		assertThat(staleDelete.body()).contains(STALE);
	}
}
