package jp.kyoyu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;

/**
 * G-2's switch page: an administrator switches a check off and on again on /admin/personal-data-checks, each
 * change is audited like the API's, and anyone else is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyCheckPageIntegrationTests {

	static final String PAGE = "/admin/personal-data-checks";

	@LocalServerPort
	int port;

	@Autowired
	PersonalDataGuard guard;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bothChecksOnAgain() {
		guard.change(Map.of(SensitiveKind.MY_NUMBER, true, SensitiveKind.PAYMENT_CARD, true), "admin");
	}

	private int changesAudited() {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'privacy.check.changed'"
				+ " and target = 'privacy:PAYMENT_CARD' and actor = 'admin'", Integer.class);
	}

	@Test
	void anAdministratorSwitchesACheckOffAndOnAgain() {
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", JsonApi.PASSWORD);
		assertThat(admin.get("/admin").body()).contains("href=\"/admin/personal-data-checks\"");
		assertThat(admin.get(PAGE).body()).contains("クレジットカード番号", "確認を止める");
		int audited = changesAudited();

		HttpResponse<String> off = admin.submit(PAGE, PAGE, "kind=PAYMENT_CARD&enabled=false");
		assertThat(off.statusCode()).isEqualTo(302);
		assertThat(guard.settings()).containsEntry(SensitiveKind.PAYMENT_CARD, false)
			.containsEntry(SensitiveKind.MY_NUMBER, true);
		assertThat(admin.get(PAGE).body()).contains("クレジットカード番号の確認を止めました。", "確認を有効にする");
		assertThat(changesAudited()).isEqualTo(audited + 1);

		HttpResponse<String> on = admin.submit(PAGE, PAGE, "kind=PAYMENT_CARD&enabled=true");
		assertThat(on.statusCode()).isEqualTo(302);
		assertThat(guard.settings()).containsEntry(SensitiveKind.PAYMENT_CARD, true);
		assertThat(changesAudited()).isEqualTo(audited + 2);
	}

	@Test
	void anyoneButAnAdministratorIsRefused() {
		for (String user : new String[] { "sokatsu", "genba" }) {
			BrowserlessClient browser = new BrowserlessClient(port);
			browser.login(user, JsonApi.PASSWORD);
			assertThat(browser.get(PAGE).statusCode()).as(user).isEqualTo(403);
			String token = BrowserlessClient.csrfToken(browser.get("/").body());
			HttpResponse<String> post = browser.postForm(PAGE, "kind=MY_NUMBER&enabled=false&_csrf=" + token);
			assertThat(post.statusCode()).as(user).isEqualTo(403);
			assertThat(guard.settings()).containsEntry(SensitiveKind.MY_NUMBER, true);
			assertThat(browser.get("/admin").body()).doesNotContain("/admin/personal-data-checks");
		}
	}
}
