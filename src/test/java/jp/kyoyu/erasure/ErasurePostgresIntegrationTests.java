package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.KyoyuApplication;
import jp.kyoyu.audit.AuditIntegrity;
import jp.kyoyu.support.JsonApi;

/**
 * The erasure's every-table, every-column scan on PostgreSQL (issue #16: "on H2 and PostgreSQL"): a project filled
 * through the API is erased and no text, json or {@code bytea} column (Camunda's {@code ACT_GE_BYTEARRAY}
 * included) holds its markers, business keys, process instances or id; the other project is untouched; the audit
 * chain checks. PostgreSQL types differ from H2's (text, jsonb, bytea; lower-case names), so this is where a
 * column the H2 scan reads differently would show.
 * <p>
 * Like {@code jp.kyoyu.PostgresIntegrationTests}, the application runs in a context of its own with a uniquely
 * named engine, in a JVM of its own (failsafe, pom.xml), on a PostgreSQL set up the way docs/operations.md says.
 */
class ErasurePostgresIntegrationTests {

	/** The order Camunda itself creates them in (engine tables are referenced by the others). */
	private static final List<String> CAMUNDA_SCHEMA = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@TempDir
	Path dataDir;

	@Test
	void aFilledProjectErasedOnPostgresqlLeavesNothingInAnyColumn() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
			superuser.execute("create role kyoyu login password 'kyoyu-test'");
			superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
			String url = server.getJdbcUrl("kyoyu", "kyoyu");
			createCamundaSchema(url);

			try (ConfigurableApplicationContext app = start(url)) {
				JsonApi api = new JsonApi(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class)) {
				};
				ErasureScan scan = new ErasureScan(new JdbcTemplate(app.getBean(DataSource.class)));
				long other = api.read(api.get("/api/v1/projects", "genba")).get(0).get("id").asLong();
				Map<String, Long> otherBefore = scan.countsOf(other);
				assertThat(otherBefore.values()).as("the other project has rows to lose").anyMatch(count -> count > 0);

				FilledProject project = FilledProject.fill(api, app.getBean(RuntimeService.class),
						app.getBean(HistoryService.class), "PG消去テスト");
				// The scan can fail on PostgreSQL: it finds the project in text, bytea and by id before the erasure.
				assertThat(scan.textHits(project.marker)).as("text columns").isNotEmpty();
				assertThat(scan.binaryHits(project.marker)).as("bytea columns").isNotEmpty();
				assertThat(scan.binaryHits("UTF16" + project.marker)).as("UTF-16 in bytea").isNotEmpty();
				assertThat(project.businessKeys.keySet()).anySatisfy(
						key -> assertThat(scan.binaryBusinessKeyHits(key)).as("a business key in bytea").isNotEmpty());
				assertThat(scan.projectIdHits(project.id)).as("rows by project id").isNotEmpty();

				HttpResponse<String> started = api.send("POST", "/api/v1/projects/" + project.id + "/erasure/run",
						"admin", Map.of("confirmName", project.name, "reason", "契約終了による消去"));
				assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
				await().atMost(Duration.ofSeconds(60)).dontCatchUncaughtExceptions()
					.until(() -> api.read(api.get("/api/v1/projects/" + project.id + "/erasure", "admin")).get("status")
						.asText().equals("ERASED"));

				assertThat(project.residue(scan)).as("nothing of the project is left").isEmpty();
				assertThat(scan.countsOf(other)).as("the other project is untouched").isEqualTo(otherBefore);
				assertThat(app.getBean(AuditIntegrity.class).check().intact()).as("audit chain").isTrue();
				HttpResponse<String> gone = api.get("/api/v1/projects/" + project.id, "genba");
				assertThat(gone.statusCode()).isIn(404, 410);
				assertThat(gone.body()).containsPattern("[ぁ-んァ-ヶ一-龥]");
				assertThat(api.bytes("/api/v1/erasures/" + project.id + "/certificate", "genba").statusCode())
					.as("the certificate").isEqualTo(200);
			}
		}
	}

	private ConfigurableApplicationContext start(String url) {
		// As PostgresIntegrationTests: the operator's switches, plus demo data and a free port.
		return new SpringApplicationBuilder(KyoyuApplication.class).run("--spring.profiles.active=postgres",
				"--SPRING_DATASOURCE_URL=" + url, "--SPRING_DATASOURCE_USERNAME=kyoyu",
				"--SPRING_DATASOURCE_PASSWORD=kyoyu-test", "--kyoyu.demo.enabled=true",
				"--kyoyu.data-dir=" + dataDir, "--server.port=0",
				"--camunda.bpm.generate-unique-process-engine-name=true");
	}

	private static void createCamundaSchema(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "kyoyu", "kyoyu-test")) {
			for (String part : CAMUNDA_SCHEMA) {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
			}
		}
	}
}
