package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.masterdata.JobTitleInput;
import jp.kyoyu.masterdata.JobTitleManagement;
import jp.kyoyu.masterdata.OrganisationInput;
import jp.kyoyu.masterdata.OrganisationKind;
import jp.kyoyu.masterdata.OrganisationManagement;
import jp.kyoyu.support.BrowserlessClient;

/**
 * The {@code postgres} profile against a real PostgreSQL server, set up the way docs/operations.md tells an
 * operator to: Camunda's schema created first from the scripts in the engine jar, then the application with
 * {@code schema-update: false}, then a restart. The application runs in contexts of its own (not the shared
 * test context), with a uniquely named process engine, closed before the test ends. It also runs in a JVM of
 * its own (failsafe, see pom.xml): closing a context with Camunda's webapps clears their JVM-wide state.
 * <p>
 * As root, zonky runs initdb and postgres inside {@code unshare -U} (PostgreSQL refuses to run as root).
 */
public class PostgresIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	/** The order Camunda itself creates them in (engine tables are referenced by the others). */
	static final List<String> CAMUNDA_SCHEMA = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@TempDir
	Path dataDir;

	@Test
	void runsOnPostgresqlAndKeepsItsDataAcrossARestart() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			createCamundaSchema(url);
			String userId = "pg" + UUID.randomUUID().toString().substring(0, 8);

			try (ConfigurableApplicationContext first = start(url)) {
				JdbcTemplate db = new JdbcTemplate(first.getBean(DataSource.class));
				assertThat(db.queryForList("select version from flyway_schema_history where success", String.class))
					.as("Flyway applied our migrations although Camunda's tables were already there")
					.contains("1");
				assertThat(db.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");

				IdentityManagement identity = first.getBean(IdentityManagement.class);
				assertThat(identity.find("kantoku")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("高橋 監子"));
				assertThat(identity.find("genba")).hasValueSatisfying(u -> assertThat(u.side()).isEqualTo(Side.CONTRACTOR));
				assertLogsIn(port(first), "kantoku", PASSWORD, "高橋 監子");

				// Organisation and job title must be in the master data (issue #22): register the ones used here.
				OrganisationManagement organisations = first.getBean(OrganisationManagement.class);
				organisations.create(new OrganisationInput("再起動確認株式会社", OrganisationKind.CONTRACTOR, null));
				organisations.create(new OrganisationInput("デモ県", OrganisationKind.ORDERER, null));
				first.getBean(JobTitleManagement.class).create(new JobTitleInput("担当者", null));
				AccountManagement accounts = first.getBean(AccountManagement.class);
				accounts.create(new UserDetailsInput(userId, "永続 確認", userId + "@test.kyoyu.example",
						"Persist#Check2026", Side.CONTRACTOR, "再起動確認株式会社", "担当者", null), false);
				accounts.update("kantoku", new UserDetailsInput("kantoku", "高橋 監子（再起動確認）",
						"kantoku@demo.kyoyu.example", null, Side.AGENCY, "デモ県", "監督員", null));
			}
			long usersAfterFirstRun = countUsers(url);

			try (ConfigurableApplicationContext second = start(url)) {
				IdentityManagement identity = second.getBean(IdentityManagement.class);
				assertThat(identity.find(userId)).hasValueSatisfying(u -> assertThat(u.organisation())
					.isEqualTo("再起動確認株式会社"));
				// Demo data is only for an empty database: the renamed demo user stays renamed, nobody is added.
				assertThat(identity.get("kantoku").name()).isEqualTo("高橋 監子（再起動確認）");
				assertThat(countUsers(url)).isEqualTo(usersAfterFirstRun);
				assertLogsIn(port(second), userId, "Persist#Check2026", "永続 確認");
			}
		}
	}

	private ConfigurableApplicationContext start(String url) {
		// The same switches an operator uses (docs/operations.md), plus demo data and a free port.
		return new SpringApplicationBuilder(KyoyuApplication.class).run("--spring.profiles.active=postgres",
				"--SPRING_DATASOURCE_URL=" + url, "--SPRING_DATASOURCE_USERNAME=kyoyu",
				"--SPRING_DATASOURCE_PASSWORD=kyoyu-test", "--kyoyu.demo.enabled=true",
				"--kyoyu.data-dir=" + dataDir, "--server.port=0",
				"--camunda.bpm.generate-unique-process-engine-name=true");
	}

	/** Camunda's tables, as docs/operations.md has the operator create them; the restore drill starts the same way. */
	public static void createCamundaSchema(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "kyoyu", "kyoyu-test")) {
			for (String part : CAMUNDA_SCHEMA) {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
			}
		}
	}

	private static long countUsers(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "kyoyu", "kyoyu-test");
				ResultSet count = connection.createStatement().executeQuery("select count(*) from act_id_user")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static void assertLogsIn(int port, String userId, String password, String displayName) {
		BrowserlessClient client = new BrowserlessClient(port);
		HttpResponse<String> login = client.login(userId, password);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> home = client.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(displayName);
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}
}
