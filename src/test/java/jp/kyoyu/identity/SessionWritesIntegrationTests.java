package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;

/**
 * The session row is written when something in it changes, and its last access time at most once a minute
 * ({@link SessionWritesPerRequest}): requests in between only read it. Real HTTP, the session table on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionWritesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLastAccessTimeIsWrittenOnlyWhenItMovedAMinute() {
		BrowserlessClient client = new BrowserlessClient(port);
		assertThat(client.login("gyomu", SingleLoginIntegrationTests.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
		String session = jdbc.queryForObject("select PRIMARY_ID from SPRING_SESSION where PRINCIPAL_NAME = 'gyomu'"
				+ " order by CREATION_TIME desc limit 1", String.class);

		long halfAMinuteAgo = System.currentTimeMillis() - 30_000;
		setLastAccess(session, halfAMinuteAgo);
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a request within the minute does not write the row").isEqualTo(halfAMinuteAgo);

		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		setLastAccess(session, twoMinutesAgo);
		long before = System.currentTimeMillis();
		assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a request a minute or more later writes it").isGreaterThanOrEqualTo(before);
	}

	private void setLastAccess(String session, long millis) {
		jdbc.update("update SPRING_SESSION set LAST_ACCESS_TIME = ? where PRIMARY_ID = ?", millis, session);
	}

	private long lastAccess(String session) {
		return jdbc.queryForObject("select LAST_ACCESS_TIME from SPRING_SESSION where PRIMARY_ID = ?", Long.class,
				session);
	}
}
