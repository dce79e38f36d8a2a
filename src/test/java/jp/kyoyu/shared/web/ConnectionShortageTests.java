package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures are a connection shortage, and the API's answer to one thrown inside a controller (the filter's
 * answer, for one met while reading the session, is shown end to end by ConnectionShortageIntegrationTests).
 */
class ConnectionShortageTests {

	/** What Hikari throws after its connection-timeout, wrapped as Hibernate, Spring and the servlet wrap it. */
	private static final Exception WRAPPED = new ServletException("Request processing failed",
			new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLTransientConnectionException(
							"HikariPool-1 - Connection is not available, request timed out after 10000ms"))));

	@Test
	void aTimedOutPoolWaitIsRecognisedHoweverDeepItIsWrapped() {
		assertThat(ConnectionShortage.causedBy(WRAPPED)).isTrue();
	}

	@Test
	void otherDatabaseFailuresAreNot() {
		assertThat(ConnectionShortage.causedBy(new CannotCreateTransactionException("no",
				new SQLException("relation does not exist")))).isFalse();
		assertThat(ConnectionShortage.causedBy(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void anApiCallAnswers503InJapaneseWithRetryAfter() {
		ApiExceptionHandler handler = new ApiExceptionHandler(null, null, null);

		ResponseEntity<ApiErrorBody> answer = handler.unexpected(WRAPPED);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(answer.getBody().errors()).singleElement().satisfies(problem -> assertThat(problem.message())
			.isEqualTo("ただいまアクセスが集中しているため、処理できませんでした。少し時間をおいてから、もう一度お試しください。"));
	}
}
