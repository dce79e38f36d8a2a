package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JapanDate;
import jp.kyoyu.support.ProjectFixtures;

/** The proposal JSON API over real HTTP: prefill, drafts by side, copy, the server check and the PDF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalApiIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	BrowserlessClient client;

	@BeforeEach
	void client() {
		client = new BrowserlessClient(port);
	}

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	DocumentTypes types;

	@Autowired
	ProposalManagement proposals;

	@Test
	void everyRegisteredFormIsDeployedToCamunda() {
		List<String> resources = repositoryService.createDeploymentQuery().list().stream()
			.flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
			.toList();
		assertThat(types.all()).hasSize(18).allSatisfy(type -> assertThat(resources)
			.anyMatch(name -> name.endsWith("forms/" + type.formFile()) || name.equals(type.formFile())));
	}

	@Test
	void documentTypesAndTheirFormsAreListed() throws Exception {
		JsonNode all = json.readTree(api("GET", "/api/v1/document-types?projectKind=SERVICE", "genba", null).body());
		assertThat(all).extracting(type -> type.get("name").asText()).containsExactly("打合せ記録簿", "業務計画書提出", "履行報告書", "照査報告書",
				"成果品 提出", "業務完了報告");
		assertThat(all.get(1).get("side").asText()).isEqualTo("CONTRACTOR");
		assertThat(all.get(1).get("hasAnswer").asBoolean()).isTrue();
		JsonNode form = json.readTree(api("GET", "/api/v1/document-types/worksMeetingRecord/form", "genba", null).body());
		assertThat(form.get("id").asText()).isEqualTo("worksMeetingRecord");
		assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
		assertThat(api("GET", "/api/v1/document-types/nothing/form", "genba", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aNewDraftIsPrefilledFromTheProjectAndTheAuthor() throws Exception {
		long projectId = newWorksProject();
		JsonNode draft = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "法面勾配の協議", "fields", Map.of("matter", "CONSULTATION"))));
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		JsonNode fields = draft.get("fields");
		assertThat(fields.get("projectName").asText()).startsWith("提案テスト工事");
		assertThat(fields.get("proposerSide").asText()).isEqualTo("CONTRACTOR");
		assertThat(fields.get("proposalDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(fields.get("matter").asText()).isEqualTo("CONSULTATION");
		assertThat(fields.has("contractorName")).as("not a field of this form").isFalse();

		JsonNode report = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksPerformanceReport", "fields", Map.of())));
		assertThat(report.get("title").asText()).isEqualTo("工事履行報告書");
		assertThat(report.get("fields").get("periodStart").asText()).isEqualTo("2026-06-01");
		assertThat(report.get("fields").get("contractorName").asText()).isEqualTo("株式会社提案建設");

		HttpResponse<String> agencyReport = api("POST", "/api/v1/projects/" + projectId + "/proposals", "sokatsu",
				Map.of("type", "worksPerformanceReport"));
		assertError(agencyReport, 400, "type", "「工事履行報告書」を作成できるのは受注者です。");
		assertError(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "serviceMeetingRecord")), 400, "type", "「書類の種類」を次から選んでください");
	}

	@Test
	void draftsStayWithTheirSideAndNonMembersSeeNothing() throws Exception {
		long projectId = newWorksProject();
		long contractorDraft = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "受注者の下書き"))).get("id").asLong();
		long agencyDraft = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "sokatsu",
				Map.of("type", "worksMeetingRecord", "title", "発注者の下書き"))).get("id").asLong();

		assertThat(api("GET", "/api/v1/proposals/" + contractorDraft, "sokatsu", null).statusCode()).isEqualTo(404);
		assertThat(api("GET", "/api/v1/proposals/" + agencyDraft, "genba", null).statusCode()).isEqualTo(404);
		assertThat(api("GET", "/api/v1/proposals/" + agencyDraft, "sokatsu", null).statusCode()).isEqualTo(200);
		assertThat(api("GET", "/api/v1/projects/" + projectId + "/proposals", "genba", null).body())
			.contains("受注者の下書き").doesNotContain("発注者の下書き");
		// kantoku is not a member of this project: the draft and the project do not exist for them.
		assertThat(api("GET", "/api/v1/proposals/" + agencyDraft, "kantoku", null).statusCode()).isEqualTo(404);
		assertThat(api("GET", "/api/v1/projects/" + projectId + "/proposals", "kantoku", null).statusCode())
			.isEqualTo(404);
		assertThat(api("DELETE", "/api/v1/proposals/" + agencyDraft, "kantoku", null).statusCode()).isEqualTo(404);
		assertThat(api("GET", "/api/v1/proposals/" + agencyDraft + "/pdf", "kantoku", null).statusCode())
			.isEqualTo(404);

		assertThat(api("DELETE", "/api/v1/proposals/" + contractorDraft, "genba", null).statusCode()).isEqualTo(204);
		assertThat(api("GET", "/api/v1/proposals/" + contractorDraft, "genba", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theServerCheckNamesMissingFieldsInJapaneseUntilTheDraftIsComplete() throws Exception {
		long projectId = newWorksProject();
		long id = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "fields", Map.of("attachmentCount", 1000)))).get("id").asLong();
		HttpResponse<String> invalid = api("POST", "/api/v1/proposals/" + id + "/validate", "genba", null);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(json.readTree(invalid.body()).get("errors")).extracting(e -> e.get("message").asText())
			.containsExactly("「発議事項」を選んでください。", "「内容」を入力してください。", "「添付図（葉）・その他添付図書」は999以下にしてください。");

		JsonNode updated = json.readTree(api("PUT", "/api/v1/proposals/" + id, "genba", Map.of("fields",
				Map.of("proposerSide", "CONTRACTOR", "proposalDate", "2026-05-01", "projectName", "工事", "matter",
						"REPORT", "content", "報告します。", "attachmentCount", 2)))
			.body());
		assertThat(updated.get("fields").get("content").asText()).isEqualTo("報告します。");
		assertThat(api("POST", "/api/v1/proposals/" + id + "/validate", "genba", null).body())
			.isEqualTo("{\"valid\":true}");
		assertError(api("PUT", "/api/v1/proposals/" + id, "genba", Map.of("fields", "内容")), 400, "fields", "オブジェクト");
		assertThat(api("PUT", "/api/v1/proposals/" + id, "shunin", Map.of("title", "x")).statusCode()).isEqualTo(404);
	}

	@Test
	void aCopyIsANewDraftOfTheCopierWithTheContentButNotTheAnswer() throws Exception {
		long projectId = newWorksProject();
		JsonNode source = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "先月の打合せ", "fields",
						Map.of("matter", "CONSULTATION", "content", "前回と同じ内容"))));
		// the answer is the receiving side's, written by the workflow (the proposer may not, AnswerPartIntegrationTests)
		proposals.recordAnswer(source.get("id").asLong(), "承諾します", JapanDate.today());
		HttpResponse<String> response = api("POST", "/api/v1/proposals/" + source.get("id").asLong() + "/copy",
				"genba", null);
		JsonNode copy = created(response);
		assertThat(copy.get("id").asLong()).isNotEqualTo(source.get("id").asLong());
		assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
		assertThat(copy.get("copiedFrom").asLong()).isEqualTo(source.get("id").asLong());
		assertThat(copy.get("title").asText()).isEqualTo("先月の打合せ");
		assertThat(copy.get("fields").get("content").asText()).isEqualTo("前回と同じ内容");
		assertThat(copy.get("fields").has("answerContent")).isFalse();
		assertThat(api("POST", "/api/v1/proposals/" + source.get("id").asLong() + "/copy", "sokatsu", null)
			.statusCode()).as("an agency user cannot see the contractor's draft").isEqualTo(404);
	}

	@Test
	void thePdfCarriesTheJapaneseTextOfTheDocument() throws Exception {
		long projectId = newWorksProject();
		long id = created(api("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "擁壁の協議", "fields",
						Map.of("matter", "CONSULTATION", "content", "擁壁の基礎形式を変更したく協議します。")))).get("id").asLong();
		HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(BrowserlessClient
			.basic(client.url("/api/v1/proposals/" + id + "/pdf"), "genba", PASSWORD)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("工事打合せ簿", "擁壁の協議", "提案テスト工事", "発議事項", "協議",
					"擁壁の基礎形式を変更したく協議します。", "処理・回答");
		}
	}

	private long newWorksProject() throws Exception {
		return new ProjectFixtures(port).works("提案テスト工事")
			.contractorName("株式会社提案建設")
			.member("genba", "SITE_AGENT")
			.create();
	}

	private JsonNode created(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private void assertError(HttpResponse<String> response, int status, String field, String message)
			throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode error = json.readTree(response.body()).get("errors").get(0);
		assertThat(error.get("field").asText()).isEqualTo(field);
		assertThat(error.get("message").asText()).contains(message);
	}

	private HttpResponse<String> api(String method, String path, String user, Object body) throws Exception {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
		return client.send(BrowserlessClient.basic(client.url(path), user, PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build());
	}
}
