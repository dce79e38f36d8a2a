package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps its data: the H2 file database lives under {@code kyoyu.data-dir}, demo data is
 * created on the first start only, and what was written is there after a restart.
 */
class EmbeddedDefaultRestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartAndDemoDataIsCreatedOnlyOnce() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ = 'kantoku'", Integer.class))
				.isEqualTo(1);
			jdbc.update("update identity_user_profile set phone = '0123-45-6789' where user_id = 'kantoku'");
		}
		assertThat(Files.exists(dataDir.resolve("db/kyoyu.mv.db"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select phone from identity_user_profile where user_id = 'kantoku'",
					String.class)).isEqualTo("0123-45-6789");
			assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER", Integer.class)).isEqualTo(7);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(KyoyuApplication.class).run("--server.port=0",
				"--kyoyu.data-dir=" + dataDir,
				// The file URL of application.yaml, not the in-memory one the shared test context uses.
				"--spring.datasource.url=jdbc:h2:file:${kyoyu.data-dir}/db/kyoyu",
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true");
	}
}
