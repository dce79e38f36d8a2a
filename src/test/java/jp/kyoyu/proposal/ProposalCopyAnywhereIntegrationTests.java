package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * C3.4: a document copied into another type (same keys carry over, the user is told what did not) and into
 * another project of the user (basic info filled afresh from that project, attachments copied).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalCopyAnywhereIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void intoAnotherTypeTheSameKeysCarryOverAndTheRestIsNamed() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long project = new ProjectFixtures(api).works("別種類へ写す").member("genba", "SITE_AGENT").create();
		long source = draft(api, project);

		HttpResponse<String> copied = api.send("POST", "/api/v1/proposals/" + source + "/copy", "genba",
				Map.of("type", "confirmationRequest"));
		assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
		JsonNode copy = api.read(copied);
		assertThat(copy.get("type").asText()).isEqualTo("confirmationRequest");
		assertThat(copy.get("projectId").asLong()).isEqualTo(project);
		assertThat(copy.get("fields").get("content").asText()).isEqualTo("法面勾配の変更について協議します。");
		assertThat(copy.get("fields").has("matter")).isFalse();
		assertThat(copy.get("fields").get("projectName").asText()).startsWith("別種類へ写す");
		assertThat(texts(copy.get("notCarried"))).containsExactly("発議事項", "添付図（葉）・その他添付図書");
		assertThat(copy.get("copiedFrom").asLong()).isEqualTo(source);

		HttpResponse<String> wrongKind = api.send("POST", "/api/v1/proposals/" + source + "/copy", "genba",
				Map.of("type", "serviceMeetingRecord"));
		assertThat(wrongKind.statusCode()).isEqualTo(400);
		assertThat(wrongKind.body()).contains("\"field\":\"type\"", "工事打合せ簿");

		BrowserlessClient genba = new BrowserlessClient(port);
		genba.login("genba", "Kyoyu#Demo2026");
		String page = genba.get("/proposals/" + source).body();
		assertThat(page).contains("name=\"copyType\"", "value=\"confirmationRequest\"", "name=\"copyProjectId\"");
		HttpResponse<String> viaPage = genba.submit("/proposals/" + source, "/proposals/" + source + "/copy",
				"copyType=confirmationRequest&copyProjectId=");
		assertThat(viaPage.statusCode()).isEqualTo(302);
		String landed = genba.get(viaPage.headers().firstValue("Location").orElseThrow()
			.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(landed).contains("次の項目は写した先の種類にないため写していません: 発議事項、添付図（葉）・その他添付図書");
	}

	@Test
	void intoAnotherProjectTheBasicInfoComesFromThatProjectAndTheAttachmentsToo() throws Exception {
		JsonApi api = new JsonApi(port) {
		};
		long from = new ProjectFixtures(api).works("写す元の工事").contractorName("元建設株式会社")
			.member("genba", "SITE_AGENT").create();
		long to = new ProjectFixtures(api).works("写す先の工事").contractorName("先建設株式会社")
			.member("genba", "SITE_AGENT").create();
		long source = draft(api, from);
		HttpResponse<String> added = api.multipart("/api/v1/proposals/" + source + "/attachments", "genba",
				Map.of("kind", "DRAWING"), Map.of("平面図.pdf", "%PDF-1.4 drawing".getBytes(StandardCharsets.UTF_8)));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

		HttpResponse<String> copied = api.send("POST", "/api/v1/proposals/" + source + "/copy", "genba",
				Map.of("projectId", to, "withAttachments", true));
		assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
		JsonNode copy = api.read(copied);
		assertThat(copy.get("projectId").asLong()).isEqualTo(to);
		assertThat(copy.get("type").asText()).isEqualTo("worksMeetingRecord");
		assertThat(copy.get("fields").get("projectName").asText()).as("from the project copied into")
			.startsWith("写す先の工事");
		assertThat(copy.get("fields").get("matter").asText()).isEqualTo("CONSULTATION");
		assertThat(copy.get("fields").get("content").asText()).isEqualTo("法面勾配の変更について協議します。");
		assertThat(texts(copy.get("notCarried"))).isEmpty();
		long copyId = copy.get("id").asLong();
		assertThat(api.read(api.get("/api/v1/proposals/" + copyId + "/attachments", "genba")).findValuesAsText("name"))
			.containsExactly("平面図.pdf");
		assertThat(jdbc.queryForList("select f.project_id from storage_file f join proposal_attachment a"
				+ " on a.file_id = f.id where a.proposal_id = ?", Long.class, copyId))
			.as("sealed with the target project's key, so erasing the source project leaves the copy readable")
			.containsExactly(to);
		assertThat(api.read(api.get("/api/v1/projects/" + to + "/proposals", "genba")).findValuesAsText("id"))
			.contains(String.valueOf(copyId));

		long notMine = new ProjectFixtures(api).works("参加していない工事").create();
		assertThat(api.send("POST", "/api/v1/proposals/" + source + "/copy", "genba", Map.of("projectId", notMine))
			.statusCode()).isEqualTo(404);
	}

	private static long draft(JsonApi api, long project) throws Exception {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "法面の協議", "fields", Map.of("matter", "CONSULTATION",
						"content", "法面勾配の変更について協議します。", "attachmentCount", 3)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return api.read(created).get("id").asLong();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}
}
