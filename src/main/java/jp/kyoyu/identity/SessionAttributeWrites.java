package jp.kyoyu.identity;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Parallel requests of one session may add the same attribute at once (the first pages a browser opens in several
 * tabs all save the CSRF token): Spring Session's plain INSERT then fails the later ones with a duplicate key, which
 * the user saw as a system error. An insert-or-update per database makes the last write win, as it does in memory:
 * PostgreSQL through Spring Session's own customizer (ON CONFLICT), H2 through its MERGE … KEY.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeWrites {

	private static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if (database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}
}
