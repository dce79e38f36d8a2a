package jp.kyoyu.erasure;

import static jp.kyoyu.erasure.ErasureSupport.created;
import static jp.kyoyu.erasure.ErasureSupport.draft;
import static jp.kyoyu.erasure.ErasureSupport.endedProject;
import static jp.kyoyu.erasure.ErasureSupport.ok;
import static jp.kyoyu.erasure.ErasureSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;

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

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

import jp.kyoyu.support.JsonApi;

/**
 * A project filled through the API with everything issue #16 names (a post with a file, proposals approved, sent
 * back and in review, a consultation, a document with a file, an event, a finished export), every text carrying a
 * unique marker, and the scan of what must be gone after its erasure ({@link #residue}). Used on H2 (the shared
 * context) and on PostgreSQL (a context of its own), so it gets the engine's services rather than autowiring them.
 */
final class FilledProject {

	static final List<String> APPROVAL_PROCESSES = List.of("ProposalApprovalProcess", "PostReviewProcess");

	final long id;

	final String name;

	final String marker;

	final long post;

	/** Business key to the processes that may run under it (a key is unique per process, not across them). */
	final Map<String, List<String>> businessKeys = new LinkedHashMap<>();

	final List<String> instances = new ArrayList<>();

	private final JsonApi api;

	private final RuntimeService runtime;

	private final HistoryService history;

	private FilledProject(JsonApi api, RuntimeService runtime, HistoryService history, String namePrefix)
			throws Exception {
		this.api = api;
		this.runtime = runtime;
		this.history = history;
		this.marker = "MRK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.name = namePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
		this.id = endedProject(api, name)
			.member("kantoku", "SUPERVISOR")
			.member("genba", "SITE_AGENT")
			.create();
		this.post = created(api, api.send("POST", "/api/v1/projects/" + id + "/posts", "kantoku", Map.of("title",
				"記事 " + marker, "body", "本文 " + marker, "visibleTo", Map.of("users", List.of(), "groups", List.of()))));
		ok(api.upload("/api/v1/posts/" + post + "/attachments", "kantoku", "図面" + marker + ".pdf", "pdf " + marker));
	}

	/** Fills a new project (contract ended 2026-03-31, members kantoku and genba) and checks the scan finds it. */
	static FilledProject fill(JsonApi api, RuntimeService runtime, HistoryService history, String namePrefix)
			throws Exception {
		FilledProject project = new FilledProject(api, runtime, history, namePrefix);
		project.fillTheRest();
		return project;
	}

	private void fillTheRest() throws Exception {
		long approved = draft(api, id, "承認済み " + marker);
		submit(api, approved);
		act("kantoku", approved, "APPROVE", "承認 " + marker);
		long sentBack = draft(api, id, "差戻し " + marker);
		submit(api, sentBack);
		act("kantoku", sentBack, "SEND_BACK_TO_PROPOSER", "根拠不足 " + marker);
		long inReview = draft(api, id, "審査中 " + marker);
		submit(api, inReview);
		long matter = created(api, api.send("POST", "/api/v1/projects/" + id + "/consultations", "genba",
				Map.of("title", "打合せ " + marker, "body", "資料 " + marker, "notify", "BOARD")));
		long folder = api.read(api.get("/api/v1/projects/" + id + "/folders", "genba")).get(0).get("id").asLong();
		ok(api.multipart("/api/v1/folders/" + folder + "/documents", "genba", Map.of("title", "書類 " + marker,
				"category", "その他", "date", "2026-06-10"), Map.of("書類" + marker + ".txt",
						("中身 " + marker).getBytes(StandardCharsets.UTF_8))));
		assertThat(api.send("POST", "/api/v1/events", "genba", Map.of("title", "予定 " + marker, "start",
				"2026-06-02T10:00:00+09:00", "end", "2026-06-02T11:00:00+09:00", "allDay", false, "projectIds",
				List.of(id))).statusCode()).isEqualTo(201);
		HttpResponse<String> started = api.send("POST", "/api/v1/projects/" + id + "/exports", "genba",
				Map.of("kind", "ZIP", "folderIds", List.of()));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long export = api.read(started).get("id").asLong();
		JsonNode finished = Awaitility.await().atMost(Duration.ofSeconds(60)).dontCatchUncaughtExceptions()
			.until(() -> api.read(api.get("/api/v1/exports/" + export, "genba")),
					status -> !status.get("status").asText().equals("RUNNING"));
		assertThat(finished.get("status").asText()).as(finished.toString()).isEqualTo("DONE");

		for (long proposal : List.of(approved, sentBack, inReview)) {
			businessKeys.put(String.valueOf(proposal), APPROVAL_PROCESSES);
		}
		businessKeys.merge(String.valueOf(matter), List.of("PreConsultationProcess"),
				(approval, consultation) -> Stream.concat(approval.stream(), consultation.stream()).toList());
		businessKeys.forEach((key, processes) -> processes.forEach(process -> history
			.createHistoricProcessInstanceQuery().processDefinitionKey(process).processInstanceBusinessKey(key).list()
			.stream().map(HistoricProcessInstance::getId).forEach(instances::add)));
		assertThat(instances).as("approval and pre-consultation processes ran").hasSizeGreaterThanOrEqualTo(4);
		serializedVariables(inReview);
	}

	/**
	 * What Camunda keeps as bytes, put into the in-review proposal's running approval: Kyoyu's own variables are
	 * strings and numbers, so without these the binary part of the scan could not fail.
	 */
	private void serializedVariables(long proposal) {
		String instance = runtime.createProcessInstanceQuery().processDefinitionKey(APPROVAL_PROCESSES.get(0))
			.processInstanceBusinessKey(String.valueOf(proposal)).singleResult().getId();
		runtime.setVariable(instance, "erasureTestNote", Variables
			.objectValue(Map.of("proposal", String.valueOf(proposal), "comment", "長いコメント " + marker))
			.serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
		runtime.setVariable(instance, "erasureTestBytes",
				Variables.byteArrayValue(("コメント UTF16" + marker).getBytes(StandardCharsets.UTF_16LE)));
	}

	/**
	 * Everything of the project the scan finds, labelled: marker strings in text and binary columns (UTF-8 and
	 * UTF-16), audit targets {@code project:<id>}, process instance ids, business keys in binary columns and as
	 * process instances, rows naming the project id. Empty after a complete erasure.
	 */
	List<String> residue(ErasureScan scan) {
		List<String> hits = new ArrayList<>();
		scan.textHits(marker).forEach(hit -> hits.add("marker in " + hit));
		scan.binaryHits(marker).forEach(hit -> hits.add("marker in binary " + hit));
		scan.textHits("project:" + id).forEach(hit -> hits.add("audit target in " + hit));
		instances.forEach(instance -> scan.textHits(instance)
			.forEach(hit -> hits.add("process instance " + instance + " in " + hit)));
		businessKeys.keySet().forEach(key -> scan.binaryBusinessKeyHits(key)
			.forEach(hit -> hits.add("business key " + key + " in binary " + hit)));
		businessKeys.forEach((key, processes) -> processes.forEach(process -> {
			long left = runtime.createProcessInstanceQuery().processDefinitionKey(process)
				.processInstanceBusinessKey(key).count()
					+ history.createHistoricProcessInstanceQuery().processDefinitionKey(process)
						.processInstanceBusinessKey(key).count();
			if (left > 0) {
				hits.add("process " + process + " with business key " + key);
			}
		}));
		scan.projectIdHits(id).forEach(hit -> hits.add("project id in " + hit));
		return hits;
	}

	private void act(String user, long proposal, String action, String comment) throws Exception {
		for (JsonNode task : api.read(api.get("/api/v1/tasks", user))) {
			if (task.get("proposalId").asLong() == proposal) {
				ok(api.send("POST", "/api/v1/tasks/" + task.get("id").asText() + "/complete", user,
						Map.of("action", action, "comment", comment)));
				return;
			}
		}
		throw new AssertionError("no task for proposal " + proposal);
	}
}
