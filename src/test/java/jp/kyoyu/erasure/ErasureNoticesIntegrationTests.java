package jp.kyoyu.erasure;

import static jp.kyoyu.erasure.ErasureSupport.endedProject;
import static jp.kyoyu.erasure.ErasureSupport.subject;
import static jp.kyoyu.erasure.ErasureSupport.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.masterdata.MailTemplate;
import jp.kyoyu.masterdata.MailTemplateInput;
import jp.kyoyu.masterdata.MailTemplateManagement;
import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * The notices 30, 7 and 1 days before a project's erasure (issue #16) over real HTTP and a real SMTP server
 * (GreenMail on the test configuration's port): each reaches every member once however often the check runs,
 * the 総括監督員 and the administrators get the list of what will be erased, a member of another project gets
 * nothing; the API lists the notices sent and the home page shows the date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureNoticesIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	@LocalServerPort
	int port;

	@Autowired
	ErasureNotices notices;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MailTemplateManagement mailTemplates;

	JsonApi api;

	@BeforeEach
	void client() {
		api = ErasureSupport.api(port);
	}

	@Test
	void eachNoticeReachesTheMembersOnceAndTheGeneralSupervisorAndAdministratorGetTheList() throws Exception {
		String member = user("消去 通知子", Side.CONTRACTOR);
		String outsider = user("他工事 太郎", Side.CONTRACTOR);
		String name = "消去通知テスト " + UUID.randomUUID().toString().substring(0, 8);
		long project = endedProject(api, name)
			.member("genba", "SITE_AGENT")
			.member(member, "CONTRACTOR_STAFF")
			.create();
		new ProjectFixtures(api).works("消去通知の対象外").member(outsider, "CONTRACTOR_STAFF").create();
		assertThat(api.send("POST", "/api/v1/projects/" + project + "/posts", "genba",
				Map.of("title", "消去前の記事", "body", "本文", "visibleTo",
						Map.of("users", List.of(), "groups", List.of()))).statusCode()).isBetween(200, 299);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
		BrowserlessClient home = new BrowserlessClient(port);
		home.login("genba", JsonApi.PASSWORD);
		assertThat(api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
				Map.of("erasureDate", today.plusDays(31).toString(), "reason", "通知の前")).statusCode()).isEqualTo(200);
		assertThat(erasureCard(home.get("/").body())).as("31 days ahead: not on the home page's erasure card yet")
			.doesNotContain(name);

		int expectedPerRecipient = 0;
		for (int daysBefore : List.of(30, 7, 1)) {
			LocalDate date = today.plusDays(daysBefore);
			assertThat(api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
					Map.of("erasureDate", date.toString(), "reason", "通知の確認")).statusCode()).isEqualTo(200);

			notices.sendDue();
			notices.sendDue();
			expectedPerRecipient++;
			assertThat(erasureCard(home.get("/").body())).as("the home page's notice at " + daysBefore + " days")
				.contains(name)
				.contains("データ消去予定日 " + DateStyle.SEIREKI.date(date) + "（あと" + daysBefore + "日）");

			String when = DAY.format(date) + "、あと" + daysBefore + "日";
			await().atMost(Duration.ofSeconds(20)).until(() -> about(name + "（" + when).size() >= 4);
			List<MimeMessage> mails = about(name + "（" + when);
			assertThat(jdbc.queryForObject("select count(*) from erasure_notice where project_id = ? and days_before = ?",
					Integer.class, project, daysBefore)).as("claimed once").isEqualTo(1);
			assertThat(mails).extracting(ErasureSupport::to)
				.as("members once each, the 総括監督員 and the administrator with the list")
				.contains(member + "@erasure.kyoyu.example", "genba@demo.kyoyu.example", "sokatsu@demo.kyoyu.example",
						"admin@demo.kyoyu.example")
				.doesNotHaveDuplicates()
				.doesNotContain(outsider + "@erasure.kyoyu.example", "kantoku@demo.kyoyu.example");
			MimeMessage toMember = mailTo(mails, member);
			assertThat(toMember.getSubject()).startsWith("【重要】[Kyoyu] データ消去のお知らせ：" + name);
			assertThat((String) toMember.getContent()).startsWith("消去 通知子 様")
				.contains("成果品").contains("再現できません").contains("/projects/" + project)
				.doesNotContain("消去されるデータ").doesNotContain("{{");
			for (String listed : List.of("sokatsu@demo.kyoyu.example", "admin@demo.kyoyu.example")) {
				MimeMessage withList = mails.stream().filter(mail -> to(mail).equals(listed)).findFirst().orElseThrow();
				assertThat(withList.getSubject()).contains("消去されるデータの一覧");
				assertThat((String) withList.getContent()).contains("消去されるデータ（現時点の件数）")
					.contains("・掲示板の記事：1件").contains("・参加者：3件").doesNotContain("{{");
			}
		}

		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ErasureSupport::to))
			.as("a member of another project gets nothing").doesNotContain(outsider + "@erasure.kyoyu.example");
		assertThat(Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> to(mail).equals(member + "@erasure.kyoyu.example"))).hasSize(expectedPerRecipient);

		JsonNode view = api.read(api.get("/api/v1/projects/" + project + "/erasure", "genba"));
		assertThat(view.get("notices")).hasSize(3);
		assertThat(view.get("notices").findValuesAsText("daysBefore")).containsExactly("30", "7", "1");
		assertThat(view.get("notices").get(2).get("erasureDate").asText()).isEqualTo(today.plusDays(1).toString());
		assertThat(Instant.parse(view.get("notices").get(0).get("sentAt").asText())).isBefore(Instant.now().plusSeconds(1));
		assertThat(api.get("/api/v1/projects/" + project + "/erasure", "gyomu").statusCode())
			.as("not a member: the notices are not theirs to see").isEqualTo(404);

		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", JsonApi.PASSWORD);
		assertThat(genba.get("/").body()).contains("id=\"erasures-ahead\"").contains(name)
			// The home page shows the date in the one screen style (issue #22); the mail above keeps its long form.
			.contains("データ消去予定日 " + DateStyle.SEIREKI.date(today.plusDays(1)) + "（あと1日）");
		BrowserlessClient gyomu = new BrowserlessClient(port);
		gyomu.login("gyomu", JsonApi.PASSWORD);
		assertThat(gyomu.get("/").body()).doesNotContain(name);
	}

	/** "templates in master data" (issue #16): what an administrator writes into the template is what members get. */
	@Test
	void theNoticeFollowsItsTemplateInMasterData() throws Exception {
		MailTemplate template = mailTemplates.findAll().stream().filter(t -> t.key().equals("erasure.notice"))
			.findFirst().orElseThrow();
		String line = "テンプレート編集の確認 " + UUID.randomUUID().toString().substring(0, 8);
		mailTemplates.update(template.id(), new MailTemplateInput(template.key(), template.subject(),
				template.body() + "\n" + line, template.description()));
		try {
			String name = "消去テンプレート " + UUID.randomUUID().toString().substring(0, 8);
			long project = endedProject(api, name).member("genba", "SITE_AGENT").create();
			LocalDate date = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).plusDays(7);
			assertThat(api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
					Map.of("erasureDate", date.toString(), "reason", "テンプレートの確認")).statusCode()).isEqualTo(200);
			notices.sendDue();
			await().atMost(Duration.ofSeconds(20)).until(() -> about(name).stream()
				.anyMatch(mail -> to(mail).equals("genba@demo.kyoyu.example")));
			MimeMessage toGenba = about(name).stream().filter(mail -> to(mail).equals("genba@demo.kyoyu.example"))
				.findFirst().orElseThrow();
			assertThat((String) toGenba.getContent()).contains(line);
		}
		finally {
			MailTemplate edited = mailTemplates.findAll().stream().filter(t -> t.key().equals("erasure.notice"))
				.findFirst().orElseThrow();
			mailTemplates.update(edited.id(), new MailTemplateInput(template.key(), template.subject(),
					template.body(), template.description()));
		}
	}

	@Test
	void theNoticeTableRefusesASecondClaimAndAnUnknownThreshold() {
		LocalDate date = LocalDate.of(2030, 1, 31);
		jdbc.update("insert into erasure_notice (project_id, days_before, erasure_date, sent_at) values (?, 30, ?, ?)",
				987654321L, date, java.time.OffsetDateTime.now());
		assertThatThrownBy(() -> jdbc.update(
				"insert into erasure_notice (project_id, days_before, erasure_date, sent_at) values (?, 30, ?, ?)",
				987654321L, date, java.time.OffsetDateTime.now()))
			.as("one notice per project, threshold and date").isInstanceOf(DuplicateKeyException.class);
		assertThatThrownBy(() -> jdbc.update(
				"insert into erasure_notice (project_id, days_before, erasure_date, sent_at) values (?, 5, ?, ?)",
				987654321L, date, java.time.OffsetDateTime.now()))
			.as("only 30, 7 and 1 days before").isInstanceOf(DataIntegrityViolationException.class);
		jdbc.update("delete from erasure_notice where project_id = ?", 987654321L);
	}

	@Test
	void theNearestThresholdReachedIsDueAndNoneOnTheDateItself() {
		LocalDate today = LocalDate.of(2027, 3, 1);
		assertThat(ErasureNotices.due(today.plusDays(31), today)).isEmpty();
		assertThat(ErasureNotices.due(today.plusDays(30), today)).contains(30);
		assertThat(ErasureNotices.due(today.plusDays(8), today)).contains(30);
		assertThat(ErasureNotices.due(today.plusDays(5), today)).contains(7);
		assertThat(ErasureNotices.due(today.plusDays(1), today)).contains(1);
		assertThat(ErasureNotices.due(today, today)).as("the erasure itself is due").isEmpty();
		assertThat(ErasureNotices.due(today.minusDays(1), today)).isEmpty();
	}

	/** The home page's card of erasures ahead (its other cards list the user's projects anyway); empty if none. */
	private static String erasureCard(String home) {
		int start = home.indexOf("id=\"erasures-ahead\"");
		return start < 0 ? "" : home.substring(start, home.indexOf("</div>", start));
	}

	private String user(String name, Side side) {
		String id = "er" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(id, name, id + "@erasure.kyoyu.example", "Tsuchi#Mizu-2026", side, null,
				null, null), false);
		return id;
	}

	private static List<MimeMessage> about(String text) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).contains(text)).toList();
	}

	private static MimeMessage mailTo(List<MimeMessage> mails, String userId) {
		return mails.stream().filter(mail -> to(mail).startsWith(userId + "@")).findFirst().orElseThrow();
	}
}
