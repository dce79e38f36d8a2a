package jp.kyoyu.identity;

import static jp.kyoyu.support.BrowserlessClient.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;

/** X2: a new account and an administrator's reset get a one-time link by mail, never a password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordLinkMailIntegrationTests {

	/** The port of spring.mail in the test configuration. */
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static final String ADMIN_PASSWORD = "Kyoyu#Demo2026";

	static final Pattern LINK = Pattern.compile("http\\S*/password/set\\?token=([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewAccountGetsAOneTimeLinkThatWorksOnce() throws Exception {
		String userId = "link" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = admin("POST", "/api/v1/admin/users", """
				{"userId":"%s","name":"新規 花子","email":"%s@example.jp","side":"CONTRACTOR"}""".formatted(userId, userId));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"passwordLink\":\"MAILED\"");

		MimeMessage mail = mailTo(userId);
		assertThat(mail.getSubject()).contains("アカウントを登録しました");
		String body = (String) mail.getContent();
		assertThat(body).contains(userId).contains("24時間").contains("1回だけ").contains("パスワードをメールでお知らせすることはありません");
		assertThat(body).doesNotContainIgnoringCase("パスワード：").doesNotContain("Kyoyu#Demo2026");
		String path = linkPath(body);
		assertThat(jdbc.queryForObject("select count(*) from identity_password_link where token_hash = ?",
				Integer.class, path.substring(path.indexOf('=') + 1))).as("only the token's hash is stored").isZero();

		BrowserlessClient user = new BrowserlessClient(port);
		HttpResponse<String> form = user.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(userId).contains("name=\"newPassword\"");

		HttpResponse<String> weak = user.submit(path, "/password/set", "token=" + token(path)
				+ "&newPassword=qwertyuiopasdf&confirmPassword=qwertyuiopasdf");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("推測されやすいパスワードです").contains("キーボードの並び")
			.as("what was typed is kept").contains("value=\"qwertyuiopasdf\"");

		HttpResponse<String> set = user.submit(path, "/password/set", "token=" + token(path)
				+ "&newPassword=Hatake-no-mizu-2026&confirmPassword=Hatake-no-mizu-2026");
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login?passwordSet");
		assertThat(new BrowserlessClient(port).get("/login?passwordSet").body()).contains("パスワードを設定しました");
		HttpResponse<String> login = new BrowserlessClient(port).login(userId, "Hatake-no-mizu-2026");
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

		HttpResponse<String> again = new BrowserlessClient(port).get(path);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("このリンクは既に使われています").doesNotContain("name=\"newPassword\"");
		HttpResponse<String> replayed = new BrowserlessClient(port).submit("/login", "/password/set", "token="
				+ token(path) + "&newPassword=Yama-no-mizu-2026x&confirmPassword=Yama-no-mizu-2026x");
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.body()).contains("既に使われています");
		HttpResponse<String> oldStill = new BrowserlessClient(port).login(userId, "Hatake-no-mizu-2026");
		assertThat(oldStill.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void anExpiredOrUnknownLinkIsRefusedInJapanese() throws Exception {
		String userId = "late" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin("POST", "/api/v1/admin/users", """
				{"userId":"%s","name":"遅刻 次郎","email":"%s@example.jp","side":"AGENCY"}""".formatted(userId, userId))
			.statusCode()).isEqualTo(201);
		String path = linkPath((String) mailTo(userId).getContent());
		jdbc.update("update identity_password_link set expires_at = ? where user_id = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), userId);

		HttpResponse<String> expired = new BrowserlessClient(port).get(path);
		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(expired.body()).contains("有効期限（24時間）が切れています").doesNotContain("name=\"newPassword\"");
		HttpResponse<String> post = new BrowserlessClient(port).submit("/login", "/password/set", "token=" + token(path)
				+ "&newPassword=Hatake-no-mizu-2026&confirmPassword=Hatake-no-mizu-2026");
		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(new BrowserlessClient(port).login(userId, "Hatake-no-mizu-2026").headers().firstValue("Location")
			.orElseThrow()).endsWith("/login?error");

		HttpResponse<String> unknown = new BrowserlessClient(port).get("/password/set?token=made-up-token");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("このリンクは正しくありません");
	}

	@Test
	void anAdministratorsResetSendsALinkAndTheOldPasswordWorksUntilItIsUsed() throws Exception {
		String userId = "rst" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin("POST", "/api/v1/admin/users", """
				{"userId":"%s","name":"再設 三郎","email":"%s@example.jp","password":"Sakura-no-hana-2026","side":"CONTRACTOR"}"""
			.formatted(userId, userId)).statusCode()).isEqualTo(201);
		assertThat(mails(userId)).as("a password given by the administrator is never mailed").isZero();

		assertThat(admin("POST", "/api/v1/admin/users/" + userId + "/password-link", null).statusCode()).isEqualTo(204);
		MimeMessage mail = mailTo(userId);
		assertThat(mail.getSubject()).contains("パスワードの再設定");
		assertThat((String) mail.getContent()).doesNotContain("Sakura-no-hana-2026");
		String path = linkPath((String) mail.getContent());
		assertThat(new BrowserlessClient(port).login(userId, "Sakura-no-hana-2026").headers().firstValue("Location")
			.orElseThrow()).doesNotContain("error");

		BrowserlessClient user = new BrowserlessClient(port);
		HttpResponse<String> mismatch = user.submit(path, "/password/set", "token=" + token(path)
				+ "&newPassword=Hatake-no-mizu-2026&confirmPassword=Hatake-no-mizu-2027");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("確認用のパスワードが一致しません");
		assertThat(user.submit(path, "/password/set", "token=" + token(path)
				+ "&newPassword=Hatake-no-mizu-2026&confirmPassword=Hatake-no-mizu-2026").statusCode()).isEqualTo(302);
		assertThat(new BrowserlessClient(port).login(userId, "Sakura-no-hana-2026").headers().firstValue("Location")
			.orElseThrow()).endsWith("/login?error");
	}

	@Test
	void anAccountCreatedOnThePageWithoutAPasswordGetsTheLinkToo() throws Exception {
		String userId = "pg" + UUID.randomUUID().toString().substring(0, 8);
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", ADMIN_PASSWORD);
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", "userId=" + userId + "&name="
				+ URLEncoder.encode("画面 四郎", StandardCharsets.UTF_8) + "&email=" + userId
				+ "%40example.jp&side=AGENCY&password=");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(admin.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("パスワード設定用のリンク");
		assertThat(linkPath((String) mailTo(userId).getContent())).startsWith("/password/set?token=");
	}

	private HttpResponse<String> admin(String method, String path, String json) {
		return new BrowserlessClient(port).send(basic("http://localhost:" + port + path, "admin", ADMIN_PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static MimeMessage mailTo(String userId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mails(userId) == 1);
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, userId)).findFirst().orElseThrow();
	}

	private static long mails(String userId) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, userId)).count();
	}

	private static boolean isTo(MimeMessage message, String userId) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(userId + "@example.jp");
		}
		catch (MessagingException e) {
			return false;
		}
	}

	/** The link's path and query, for the test's own server. */
	private static String linkPath(String body) {
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return "/password/set?token=" + matcher.group(1);
	}

	private static String token(String path) {
		return path.substring(path.indexOf("token=") + "token=".length());
	}
}
