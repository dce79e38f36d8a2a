package jp.kyoyu.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.audit.AuditIntegrity;
import jp.kyoyu.support.JsonApi;

/**
 * An erasure stopped dead at each of its stages (issue #16: "killed at each stage; a restart finishes it"): after the
 * freeze, after each module step, after the files, and inside the last transaction before it commits. The stop is
 * an {@link Error} thrown by {@link ErasureRunner.StageFault}: like a killed node, nothing after it runs, not even
 * the runner's own clean-up, so the lease stays held. Then: the project is hidden and its URLs refuse, the job says
 * exactly which stages are done (the next one did not run), the sweep leaves it alone while the lease holds, and once
 * the lease has run out the sweep (what a restarted node runs) finishes it and the every-column scan finds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureCrashIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	AuditIntegrity audit;

	@Autowired
	ErasureRunner runner;

	@Autowired
	ErasureJobs jobs;

	@Autowired
	ErasureManagement erasures;

	/** What a killed JVM does to the code after the stage: nothing of it runs ({@code catch (RuntimeException)} too). */
	static final class SimulatedCrash extends Error {

		SimulatedCrash(String stage) {
			super("killed after stage " + stage);
		}
	}

	@AfterEach
	void disarm() {
		runner.fault(ErasureRunner.StageFault.NONE);
	}

	@TestFactory
	Stream<DynamicTest> anErasureKilledAtAnyStageIsFinishedAfterTheLeaseAndLeavesNothing() {
		List<String> stages = new ArrayList<>();
		stages.add(ErasureRunner.FROZEN_STAGE);
		stages.addAll(runner.stages());
		stages.add(ErasureRunner.FINISH_STAGE);
		assertThat(stages).as("the stages the witnesses below rely on").contains("board", "project",
				ErasureRunner.FILES_STEP);
		return stages.stream().map(stage -> dynamicTest("killed at " + stage, () -> killedAt(stage)));
	}

	private void killedAt(String stage) throws Exception {
		JsonApi api = ErasureSupport.api(port);
		ErasureScan scan = new ErasureScan(jdbc);
		FilledProject project = FilledProject.fill(api, runtime, history, "停止テスト " + stage);
		long other = api.read(api.get("/api/v1/projects", "genba")).get(0).get("id").asLong();
		Map<String, Long> otherBefore = scan.countsOf(other);
		List<String> fileIds = jdbc.queryForList("select file_id from board_attachment where post_id = ?",
				String.class, project.post);
		assertThat(fileIds).as("the post's file").isNotEmpty();

		runner.fault((projectId, at) -> {
			if (projectId == project.id && at.equals(stage)) {
				throw new SimulatedCrash(stage);
			}
		});
		// The path of ErasureManagement.run without its checks (tested in ErasureIntegrationTests), on this thread.
		assertThat(runner.claimAndFreeze(project.id, "MANUAL", "admin", "停止テスト")).isTrue();
		assertThatThrownBy(() -> runner.continueJob(project.id)).isInstanceOf(SimulatedCrash.class);
		runner.fault(ErasureRunner.StageFault.NONE);

		ErasureJob stopped = jobs.find(project.id).orElseThrow();
		assertThat(stopped.status()).isEqualTo(
				stage.equals(ErasureRunner.FROZEN_STAGE) ? ErasureStatus.FROZEN : ErasureStatus.ERASING);
		assertThat(stopped.leaseUntil()).as("a dead node keeps its lease").isAfter(Instant.now());
		assertThat(stopped.done()).as("exactly the stages up to this one are done").isEqualTo(doneUpTo(stage));
		assertTheNextStagesDidNotRun(project, stopped, fileIds);
		assertHalfErasedProjectIsHidden(api, project);

		erasures.sweep();
		assertThat(jobs.find(project.id).orElseThrow()).as("the lease still holds: the sweep leaves it alone")
			.satisfies(job -> {
				assertThat(job.status()).isEqualTo(stopped.status());
				assertThat(job.done()).isEqualTo(stopped.done());
			});

		jdbc.update("update erasure_job set lease_until = ? where project_id = ?",
				Instant.now().minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC), project.id);
		erasures.sweep();

		assertThat(jobs.find(project.id).orElseThrow().status()).isEqualTo(ErasureStatus.ERASED);
		assertThat(project.residue(scan)).as("nothing of the project is left").isEmpty();
		assertThat(scan.countsOf(other)).as("the other project is untouched").isEqualTo(otherBefore);
		assertThat(audit.check().intact()).as("audit chain").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'project.erased' and target = ?",
				Long.class, "erasure:" + project.id)).as("erased once").isEqualTo(1);
		assertThat(api.bytes("/api/v1/erasures/" + project.id + "/certificate", "genba").statusCode())
			.as("the certificate of the finished erasure").isEqualTo(200);
	}

	/** The stages recorded as done when the erasure stops at {@code stage}: every one up to it, none after. */
	private Set<String> doneUpTo(String stage) {
		Set<String> done = new LinkedHashSet<>();
		if (stage.equals(ErasureRunner.FROZEN_STAGE)) {
			return done;
		}
		for (String each : runner.stages()) {
			done.add(each);
			if (each.equals(stage)) {
				break;
			}
		}
		return done;
	}

	/** Witnesses that the stop was real: what the later stages remove is still there. */
	private void assertTheNextStagesDidNotRun(FilledProject project, ErasureJob job, List<String> fileIds) {
		// The post and the consultation's notice on the board.
		assertThat(count("select count(*) from board_post where project_id = ?", project.id) > 0)
			.as("the board's posts are there").isEqualTo(!job.done().contains("board"));
		assertThat(count("select count(*) from project where id = ?", project.id)).as("the project row")
			.isEqualTo(job.done().contains("project") ? 0 : 1);
		for (String file : fileIds) {
			assertThat(count("select count(*) from storage_file where id = ?", Long.valueOf(file))).as("file " + file)
				.isEqualTo(job.done().contains(ErasureRunner.FILES_STEP) ? 0 : 1);
		}
		assertThat(count("select count(*) from audit_entry where target = ?", "project:" + project.id))
			.as("the audit entries keep their content until the last stage commits").isPositive();
		assertThat(count("select count(*) from audit_entry where target = ?", "erasure:" + project.id))
			.as("no erasure entry yet").isZero();
	}

	private void assertHalfErasedProjectIsHidden(JsonApi api, FilledProject project) throws Exception {
		List<Long> listed = new ArrayList<>();
		api.read(api.get("/api/v1/projects", "genba")).forEach(node -> listed.add(node.get("id").asLong()));
		assertThat(listed).as("hidden from the member's list").doesNotContain(project.id);
		for (String path : List.of("/api/v1/projects/" + project.id, "/api/v1/projects/" + project.id + "/posts",
				"/api/v1/posts/" + project.post, "/projects/" + project.id)) {
			HttpResponse<String> refused = api.get(path, "genba");
			assertThat(refused.statusCode()).as(path).isIn(404, 410);
			assertThat(refused.body()).as(path).containsPattern("[ぁ-んァ-ヶ一-龥]");
		}
		assertThat(api.read(api.get("/api/v1/projects/" + project.id + "/erasure", "admin")).get("status").asText())
			.as("the API says where it stands").isIn("FROZEN", "ERASING");
	}

	private long count(String sql, Object argument) {
		return jdbc.queryForObject(sql, Long.class, argument);
	}
}
