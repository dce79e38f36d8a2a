package jp.kyoyu.erasure;

import static jp.kyoyu.erasure.ErasureSupport.awaitErased;
import static jp.kyoyu.erasure.ErasureSupport.created;
import static jp.kyoyu.erasure.ErasureSupport.draft;
import static jp.kyoyu.erasure.ErasureSupport.endedProject;
import static jp.kyoyu.erasure.ErasureSupport.ok;
import static jp.kyoyu.erasure.ErasureSupport.run;
import static jp.kyoyu.erasure.ErasureSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.audit.AuditIntegrity;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Erasure at the contract's end (issue #16) over real HTTP, real Camunda and H2: a project filled through the API
 * is erased by hand and afterwards no table or text column holds its id, business keys, process instances or
 * the markers put into its data, and no binary column (serialized Camunda variables) holds the markers or the
 * business keys; the other demo project is untouched; the audit chain still checks; an erasure
 * that fails half-way is finished by the next sweep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureIntegrationTests {

	private static final List<String> APPROVAL_PROCESSES = List.of("ProposalApprovalProcess", "PostReviewProcess");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	@Autowired
	AuditIntegrity audit;

	@Autowired
	ErasureManagement erasures;

	JsonApi api;

	ErasureScan scan;

	@BeforeEach
	void client() {
		api = ErasureSupport.api(port);
		scan = new ErasureScan(jdbc);
	}

	/**
	 * The application's own variables are strings and numbers (text columns), so the test puts what Camunda keeps as
	 * bytes into the project's running approval: a Spin JSON object naming the proposal and a comment, and a byte
	 * value holding a comment in UTF-16; without them the binary scan could not fail.
	 */
	private void serializedVariables(long proposal, String marker) {
		String instance = runtime.createProcessInstanceQuery().processDefinitionKey(APPROVAL_PROCESSES.get(0))
			.processInstanceBusinessKey(String.valueOf(proposal)).singleResult().getId();
		runtime.setVariable(instance, "erasureTestNote", Variables
			.objectValue(Map.of("proposal", String.valueOf(proposal), "comment", "長いコメント " + marker))
			.serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
		runtime.setVariable(instance, "erasureTestBytes",
				Variables.byteArrayValue(("コメント UTF16" + marker).getBytes(StandardCharsets.UTF_16LE)));
	}

	@Test
	void aFilledProjectIsErasedWithoutATraceAndCertified() throws Exception {
		String marker = "MRK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String name = "消去テスト " + UUID.randomUUID().toString().substring(0, 8);
		long project = project(name);
		long other = demoProject();
		Map<String, Long> otherBefore = scan.countsOf(other);

		long post = created(api, api.send("POST", "/api/v1/projects/" + project + "/posts", "kantoku", Map.of("title",
				"記事 " + marker, "body", "本文 " + marker, "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		ok(api.upload("/api/v1/posts/" + post + "/attachments", "kantoku", "図面" + marker + ".pdf", "pdf " + marker));
		long approved = draft(api, project, "承認済み " + marker);
		submit(api, approved);
		complete("kantoku", approved);
		long inReview = draft(api, project, "審査中 " + marker);
		submit(api, inReview);
		long matter = created(api, api.send("POST", "/api/v1/projects/" + project + "/consultations", "genba",
				Map.of("title", "打合せ " + marker, "body", "資料 " + marker, "notify", "BOARD")));
		long folder = folderId(project);
		ok(api.multipart("/api/v1/folders/" + folder + "/documents", "genba", Map.of("title", "書類 " + marker,
				"category", "その他", "date", "2026-06-10"), Map.of("書類" + marker + ".txt",
						("中身 " + marker).getBytes(StandardCharsets.UTF_8))));
		assertThat(api.send("POST", "/api/v1/events", "genba", Map.of("title", "予定 " + marker, "start",
				"2026-06-02T10:00:00+09:00", "end", "2026-06-02T11:00:00+09:00", "allDay", false, "projectIds",
				List.of(project))).statusCode()).isEqualTo(201);
		// A business key is unique within its process (a proposal's id, a matter's id), not across processes: in the
		// shared test database another project's matter may carry the number of one of these proposals, and this
		// project's matter may carry the number of one of its own proposals (then both processes go under one key).
		Map<String, List<String>> businessKeys = new LinkedHashMap<>();
		businessKeys.put(String.valueOf(approved), APPROVAL_PROCESSES);
		businessKeys.put(String.valueOf(inReview), APPROVAL_PROCESSES);
		businessKeys.merge(String.valueOf(matter), List.of("PreConsultationProcess"),
				(approval, consultation) -> Stream.concat(approval.stream(), consultation.stream()).toList());
		List<String> instances = new ArrayList<>();
		businessKeys.forEach((key, processes) -> processes.forEach(process -> history
			.createHistoricProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(key).list()
			.stream().map(HistoricProcessInstance::getId).forEach(instances::add)));
		assertThat(instances).as("approval and pre-consultation processes ran").hasSizeGreaterThanOrEqualTo(3);
		serializedVariables(inReview, marker);
		assertThat(scan.binaryHits(marker)).as("the binary scan finds the marker before erasure").isNotEmpty();
		assertThat(scan.binaryHits("UTF16" + marker)).as("also written in UTF-16").isNotEmpty();
		assertThat(scan.binaryBusinessKeyHits(String.valueOf(inReview))).as("and the business key").isNotEmpty();

		// the rules refuse
		assertThat(api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
				Map.of("erasureDate", "2026-03-30", "reason", "早めに")).statusCode()).as("before the contract end")
			.isEqualTo(422);
		HttpResponse<String> moved = api.send("PUT", "/api/v1/projects/" + project + "/erasure", "admin",
				Map.of("erasureDate", "2026-04-30", "reason", "完了検査後"));
		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/erasure", "genba")).get("erasureDate").asText())
			.as("every member sees it").isEqualTo("2026-04-30");
		assertThat(new String(api.bytes("/projects/" + project, "genba").body(), StandardCharsets.UTF_8))
			.as("on the project page too").contains("データ消去予定日").contains("2026/04/30");
		assertThat(api.send("PUT", "/api/v1/projects/" + project + "/erasure", "sokatsu",
				Map.of("erasureDate", "2026-05-30", "reason", "x")).statusCode()).isEqualTo(403);
		assertThat(run(api, project, "sokatsu", name, "契約終了").statusCode()).as("not an administrator").isEqualTo(403);
		HttpResponse<String> wrongName = run(api, project, "admin", name + "x", "契約終了");
		assertThat(wrongName.statusCode()).isEqualTo(422);
		assertThat(wrongName.body()).contains("名称を正確に");
		assertThat(run(api, project, "admin", name, " ").statusCode()).as("no reason").isEqualTo(422);
		assertThat(api.get("/api/v1/projects/" + project, "genba").statusCode()).as("nothing happened yet")
			.isEqualTo(200);

		HttpResponse<String> started = run(api, project, "admin", name, "契約終了による消去");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		assertThat(api.read(started).get("jobId").asLong()).isEqualTo(project);
		awaitErased(api, project);

		for (String path : List.of("/api/v1/projects/" + project, "/api/v1/projects/" + project + "/posts",
				"/api/v1/posts/" + post, "/api/v1/proposals/" + approved)) {
			HttpResponse<String> gone = api.get(path, "genba");
			assertThat(gone.statusCode()).as(path).isIn(404, 410);
			assertThat(gone.body()).as(path).containsPattern("[ぁ-んァ-ヶ一-龥]");
		}
		assertThat(scan.textHits(marker)).as("marker strings").isEmpty();
		assertThat(scan.binaryHits(marker)).as("marker strings in binary columns").isEmpty();
		businessKeys.keySet().forEach(key -> assertThat(scan.binaryBusinessKeyHits(key))
			.as("business key " + key + " in binary columns").isEmpty());
		assertThat(scan.textHits("project:" + project)).as("audit targets of the project").isEmpty();
		for (String instance : instances) {
			assertThat(scan.textHits(instance)).as("process instance " + instance).isEmpty();
		}
		assertThat(scan.projectIdHits(project)).as("rows naming the project id").isEmpty();
		assertThat(businessKeyHits(businessKeys)).as("Camunda rows with the business keys").isEmpty();
		assertThat(scan.countsOf(other)).as("the other project is untouched").isEqualTo(otherBefore);
		assertThat(audit.check().intact()).as("audit chain after scrubbing").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'project.erased' and target = ?",
				Long.class, "erasure:" + project)).isEqualTo(1);

		HttpResponse<byte[]> pdf = api.bytes("/api/v1/erasures/" + project + "/certificate", "genba");
		assertThat(pdf.statusCode()).as("a former member").isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("データ消去証明書").contains(name).contains("掲示板の記事: 2件") // the post and the consultation's notice on the board
			.contains("発議書類: 2件")
			.contains("事前打合せ: 1件").contains("手動（実施者: admin）");
		String sha = jdbc.queryForObject("select certificate_sha256 from erasure_job where project_id = ?", String.class,
				project);
		assertThat(text.replaceAll("\\s", "")).contains(sha);
		assertThat(jdbc.queryForObject("select detail from audit_entry where target = ?", String.class,
				"erasure:" + project)).contains(sha);
		assertThat(api.bytes("/api/v1/erasures/" + project + "/certificate", "gyomu").statusCode())
			.as("never a member").isEqualTo(404);
	}

	@Test
	void anErasureThatFailsHalfWayIsFinishedByTheNextSweep() throws Exception {
		String marker = "MRK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String name = "中断テスト " + UUID.randomUUID().toString().substring(0, 8);
		long project = project(name);
		created(api, api.send("POST", "/api/v1/projects/" + project + "/posts", "kantoku", Map.of("title", "記事 " + marker,
				"body", "本文", "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		FailingErasureStep.PROJECTS.add(project);

		assertThat(run(api, project, "admin", name, "契約終了").statusCode()).isEqualTo(202);
		// The injected failure is thrown on the erasure's own thread on purpose; Awaitility would report it.
		await().atMost(Duration.ofSeconds(10)).dontCatchUncaughtExceptions()
			.until(() -> "ERASING|".equals(state(project)));
		assertThat(state(project)).as("stopped half-way, lease given up").isEqualTo("ERASING|");
		assertThat(api.get("/api/v1/projects/" + project, "kantoku").statusCode()).as("still frozen").isEqualTo(404);
		assertThat(scan.textHits(marker)).as("the board comes after the failing step").isNotEmpty();

		erasures.sweep();

		assertThat(state(project)).isEqualTo("ERASED|");
		assertThat(scan.textHits(marker)).isEmpty();
		assertThat(scan.projectIdHits(project)).isEmpty();
		assertThat(audit.check().intact()).isTrue();
	}

	@Test
	void onItsDateAProjectIsErasedAutomaticallyOnceEvenWithTwoSweepsAtOnce() throws Exception {
		String due = "自動消去テスト " + UUID.randomUUID().toString().substring(0, 8);
		long project = project(due);
		long notDue = new ProjectFixtures(api).works("継続中").create();
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/erasure", "sokatsu")).get("erasureDate").asText())
			.as("contract end + 90 days").isEqualTo("2026-06-29");

		Thread other = new Thread(erasures::sweep);
		other.start();
		erasures.sweep();
		other.join();

		assertThat(state(project)).isEqualTo("ERASED|");
		assertThat(jdbc.queryForObject("select method from erasure_job where project_id = ?", String.class, project))
			.isEqualTo("AUTOMATIC");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target = ?", Long.class,
				"erasure:" + project)).as("erased once").isEqualTo(1);
		assertThat(api.get("/api/v1/projects/" + notDue, "sokatsu").statusCode()).as("not due yet").isEqualTo(200);
		assertThat(api.read(api.get("/api/v1/projects/" + notDue + "/erasure", "sokatsu")).get("status").asText())
			.isEqualTo("SCHEDULED");
	}

	private String state(long project) {
		return jdbc.queryForObject("select status || '|' || coalesce(cast(lease_until as varchar), '') from erasure_job "
				+ "where project_id = ?", String.class, project);
	}

	/** A works project named exactly {@code name} (the erasure asks for it), whose contract ended 2026-03-31. */
	private long project(String name) throws Exception {
		return endedProject(api, name)
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
	}

	private long demoProject() throws Exception {
		return api.read(api.get("/api/v1/projects", "genba")).get(0).get("id").asLong();
	}

	private void complete(String user, long proposal) throws Exception {
		for (JsonNode task : api.read(api.get("/api/v1/tasks", user))) {
			if (task.get("proposalId").asLong() == proposal) {
				ok(api.send("POST", "/api/v1/tasks/" + task.get("id").asText() + "/complete", user,
						Map.of("action", "APPROVE", "comment", "承認")));
				return;
			}
		}
		throw new AssertionError("no task");
	}

	private long folderId(long project) throws Exception {
		return api.read(api.get("/api/v1/projects/" + project + "/folders", "genba")).get(0).get("id").asLong();
	}

	/** Running or finished instances of these processes under these business keys (every row of them is scanned by id). */
	private List<String> businessKeyHits(Map<String, List<String>> keys) {
		List<String> hits = new ArrayList<>();
		keys.forEach((key, processes) -> processes.forEach(process -> {
			long running = runtime.createProcessInstanceQuery().processDefinitionKey(process)
				.processInstanceBusinessKey(key).count();
			long finished = history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
				.processInstanceBusinessKey(key).count();
			if (running + finished > 0) {
				hits.add(process + ":" + key);
			}
		}));
		return hits;
	}
}
