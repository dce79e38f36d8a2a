package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import jp.kyoyu.proposal.ApprovalAction;
import jp.kyoyu.proposal.ApprovalStep;
import jp.kyoyu.proposal.PostReviewCompleted;
import jp.kyoyu.proposal.ProposalApproved;
import jp.kyoyu.support.EventPublications;

/**
 * An approved proposal is filed by itself after the approval commits (the workflow's event is published here
 * in a transaction, as the workflow does): PDF first, parts in order, the record with proxy and post-review.
 * The filing is an asynchronous listener: each test publishes through Modulith's {@link Scenario} (which commits
 * the publishing transaction) and waits for the state the listener leaves, never for a fixed time.
 * {@code @EnableScenarios} is a JUnit extension only, so this class shares the one test context.
 */
@EnableScenarios
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalFilingIntegrationTests {

	/**
	 * Generous on purpose: the first filing in a JVM renders the first PDF and so loads the Japanese fonts, which on
	 * a loaded CI machine took longer than 20 seconds. The wait ends as soon as the document is there.
	 */
	static final Duration FILING = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	DocumentApi api;

	EventPublications publications;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
		publications = new EventPublications(jdbc);
	}

	@Test
	void anApprovedMeetingRecordIsFiledIntoTheMeetingFolderWithItsPartsAndRecord(Scenario scenario) throws Exception {
		long project = api.project("WORKS", "自動ファイリング");
		String title = "配筋変更の協議 " + Long.toString(System.nanoTime(), 36); // letters too: a long digit run can pass the card check (G-2)
		long proposal = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", title))).get("id").asLong();
		byte[] drawing = "%PDF-1.4 平面図".getBytes(StandardCharsets.UTF_8);
		api.read(api.multipart("/api/v1/proposals/" + proposal + "/attachments", "genba", Map.of("kind", "DRAWING"),
				Map.of("平面図.pdf", drawing)));
		api.read(api.multipart("/api/v1/proposals/" + proposal + "/attachments", "genba", Map.of("kind", "PHOTO"),
				Map.of("現場写真.jpg", "jpeg".getBytes(StandardCharsets.UTF_8))));
		api.folder(project, "打合せ簿（旧）", null); // a look-alike name must not catch the filing
		long meet = api.folderId(project, "打合せ簿");
		api.read(api.send("PUT", "/api/v1/folders/" + meet, "genba", Map.of("name", "打合せ簿・協議")));

		Instant at = Instant.parse("2026-06-15T01:30:00Z");
		List<ApprovalStep> record = List.of(
				new ApprovalStep(at.minus(2, ChronoUnit.DAYS), "genba", "現場 一郎", null, null, ApprovalAction.SUBMIT, null),
				new ApprovalStep(at.minus(1, ChronoUnit.DAYS), "shunin", "主任 次郎", "kantoku", "監督 三郎",
						ApprovalAction.APPROVE_AHEAD, "監督員不在のため代理"),
				new ApprovalStep(at, "sokatsu", "総括 四郎", null, null, ApprovalAction.APPROVE, "承認します"));
		scenario.publish(new ProposalApproved(proposal, project, "worksMeetingRecord", title, at, true, record))
			.andWaitAtMost(FILING)
			.andWaitForStateChange(() -> filed(project, title));

		JsonNode document = filed(project, title).get(0);
		assertThat(document.get("folderId").asLong()).as("by template code, after a rename").isEqualTo(meet);
		assertThat(document.get("folderPath").asText()).isEqualTo("打合せ簿・協議");
		assertThat(document.get("category").asText()).isEqualTo("工事打合せ簿");
		assertThat(document.get("date").asText()).isEqualTo("2026-06-15");
		assertThat(document.get("authorName").asText()).isEqualTo("現場 一郎");
		assertThat(document.get("status").asText()).isEqualTo("POST_REVIEW_PENDING");
		assertThat(document.get("proposalId").asLong()).isEqualTo(proposal);
		JsonNode files = document.get("files");
		assertThat(files).hasSize(3);
		assertThat(files.get(0).get("name").asText()).isEqualTo(title + ".pdf");
		assertThat(files.get(1).get("name").asText()).isEqualTo("平面図.pdf");
		assertThat(files.get(1).get("sha256").asText()).isEqualTo(sha256(drawing));
		assertThat(files.get(2).get("name").asText()).isEqualTo("現場写真.jpg");
		long documentId = document.get("id").asLong();
		HttpResponse<byte[]> pdf = api.bytes("/api/v1/documents/" + documentId + "/files/" + files.get(0).get("id")
				.asLong() + "?inline=true", "kantoku");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		JsonNode steps = document.get("approvalRecord");
		assertThat(steps).hasSize(3);
		assertThat(steps.get(1).get("actorName").asText()).isEqualTo("主任 次郎");
		assertThat(steps.get(1).get("onBehalfOfName").asText()).isEqualTo("監督 三郎");
		assertThat(steps.get(1).get("actionLabel").asText()).isEqualTo("先行承認（後閲依頼）");

		ApprovalStep postReview = new ApprovalStep(at.plus(1, ChronoUnit.DAYS), "kantoku", "監督 三郎", null, null,
				ApprovalAction.POST_REVIEWED, "確認しました");
		// Both at once: the page reads the document and its record in two statements, so one poll may see the new
		// record entry next to the old status.
		scenario.publish(new PostReviewCompleted(proposal, project, postReview))
			.andWaitAtMost(FILING)
			.andWaitForStateChange(() -> document(documentId),
					d -> d.get("approvalRecord").size() == 4 && d.get("status").asText().equals("APPROVED"))
			.andVerify(reviewed -> {
				assertThat(reviewed.get("status").asText()).isEqualTo("APPROVED");
				assertThat(reviewed.get("approvalRecord").get(3).get("actionLabel").asText()).isEqualTo("後閲済み");
			});

		String page = new String(api.bytes("/documents/" + documentId, "kantoku").body(), StandardCharsets.UTF_8);
		assertThat(page).contains("主任 次郎").contains("監督 三郎 の代理").contains("後閲済み").contains("平面図.pdf");

		long other = api.folderId(project, "その他");
		assertThat(api.read(api.send("PUT", "/api/v1/documents/" + documentId, "genba", Map.of("folderId", other)))
			.get("folderPath").asText()).isEqualTo("その他");
		HttpResponse<String> delete = api.send("DELETE", "/api/v1/documents/" + documentId, "sokatsu", null);
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(delete.body()).contains("移動はできます");

		// Nothing changes when the listener does its job here, so wait for the registry to say it has run.
		scenario.publish(new ProposalApproved(proposal, project, "worksMeetingRecord", title, at, false, record))
			.andWaitAtMost(FILING)
			.andWaitForStateChange(() -> publications.allCompleteAbout(title));
		assertThat(api.read(api.get("/api/v1/projects/" + project + "/documents?q=" + enc(title), "genba")))
			.as("delivered twice, filed once").hasSize(1);
	}

	@Test
	void aTypeWithoutMappingGoesToTheFallbackFolderEvenWhenItWasDeleted(Scenario scenario) throws Exception {
		long project = api.project("SERVICE", "既定フォルダ");
		long others = api.folderId(project, "その他");
		assertThat(api.send("DELETE", "/api/v1/folders/" + others, "gyomu", null).statusCode()).isEqualTo(204);
		String title = "未登録種別 " + Long.toString(System.nanoTime(), 36);
		long proposal = api.read(api.send("POST", "/api/v1/projects/" + project + "/proposals", "gyomu",
				Map.of("type", "serviceMeetingRecord", "title", title))).get("id").asLong();
		scenario.publish(new ProposalApproved(proposal, project, "someFutureType", title, Instant.now(), false,
				List.of()))
			.andWaitAtMost(FILING)
			.andWaitForStateChange(() -> filed(project, title));
		JsonNode document = filed(project, title).get(0);
		assertThat(document.get("folderPath").asText()).isEqualTo("その他");
		assertThat(document.get("status").asText()).isEqualTo("APPROVED");
	}

	/** The documents titled {@code title} in the project as kantoku lists them: empty until the filing commits. */
	private List<JsonNode> filed(long project, String title) {
		try {
			List<JsonNode> found = new ArrayList<>();
			api.read(api.get("/api/v1/projects/" + project + "/documents?q=" + enc(title), "kantoku")).forEach(found::add);
			return found;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private JsonNode document(long documentId) {
		try {
			return api.read(api.get("/api/v1/documents/" + documentId, "kantoku"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
