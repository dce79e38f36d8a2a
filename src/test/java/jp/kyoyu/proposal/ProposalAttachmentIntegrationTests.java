package jp.kyoyu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;
import jp.kyoyu.support.ProjectFixtures;

/** Parts of a proposal over HTTP: upload with Japanese names, the author's order everywhere, copy, removal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalAttachmentIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void partsKeepTheAuthorsOrderInListPdfAndCopy() throws Exception {
		long projectId = newWorksProject();
		long id = json.readTree(send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "添付の順番")).body()).get("id").asLong();
		JsonNode drawing = upload(id, "genba", "平面図 その1.pdf", "DRAWING", "%PDF-1.4 drawing");
		assertThat(drawing.get("name").asText()).isEqualTo("平面図 その1.pdf");
		assertThat(drawing.get("size").asLong()).isEqualTo("%PDF-1.4 drawing".length());
		assertThat(drawing.get("sha256").asText()).hasSize(64);
		JsonNode photo = upload(id, "genba", "現場写真.jpg", "PHOTO", "jpeg bytes");
		JsonNode external = upload(id, "genba", "施工計画書（他システム）.xlsx", "EXTERNAL_FORM", "xlsx bytes");

		HttpResponse<String> reordered = send("PUT", "/api/v1/proposals/" + id + "/attachments/order", "genba",
				Map.of("ids", List.of(external.get("id").asLong(), drawing.get("id").asLong(), photo.get("id").asLong())));
		assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
		assertThat(names(send("GET", "/api/v1/proposals/" + id + "/attachments", "genba", null)))
			.containsExactly("施工計画書（他システム）.xlsx", "平面図 その1.pdf", "現場写真.jpg");
		assertThat(send("PUT", "/api/v1/proposals/" + id + "/attachments/order", "genba",
				Map.of("ids", List.of(drawing.get("id").asLong()))).statusCode()).isEqualTo(400);

		HttpResponse<byte[]> file = http.send(BrowserlessClient
			.basic(url("/api/v1/proposals/" + id + "/attachments/" + photo.get("id").asLong()), "genba", PASSWORD)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("jpeg bytes");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("filename*=UTF-8''" + URLEncoder.encode("現場写真", StandardCharsets.UTF_8));

		String pdfText = pdfText(id);
		assertThat(pdfText.indexOf("施工計画書（他システム）.xlsx")).isPositive()
			.isLessThan(pdfText.indexOf("平面図 その1.pdf"));
		assertThat(pdfText.indexOf("平面図 その1.pdf")).isLessThan(pdfText.indexOf("現場写真.jpg"));

		JsonNode copy = json.readTree(send("POST", "/api/v1/proposals/" + id + "/copy", "genba",
				Map.of("withAttachments", true)).body());
		long copyId = copy.get("id").asLong();
		assertThat(names(send("GET", "/api/v1/proposals/" + copyId + "/attachments", "genba", null)))
			.containsExactly("施工計画書（他システム）.xlsx", "平面図 その1.pdf", "現場写真.jpg");
		JsonNode plainCopy = json.readTree(send("POST", "/api/v1/proposals/" + id + "/copy", "genba", null).body());
		assertThat(names(send("GET", "/api/v1/proposals/" + plainCopy.get("id").asLong() + "/attachments", "genba",
				null))).isEmpty();

		assertThat(send("DELETE", "/api/v1/proposals/" + id + "/attachments/" + drawing.get("id").asLong(), "genba",
				null).statusCode()).isEqualTo(204);
		assertThat(names(send("GET", "/api/v1/proposals/" + id + "/attachments", "genba", null)))
			.containsExactly("施工計画書（他システム）.xlsx", "現場写真.jpg");
		assertThat(names(send("GET", "/api/v1/proposals/" + copyId + "/attachments", "genba", null)))
			.as("the copy keeps its own parts").hasSize(3);
		assertThat(send("DELETE", "/api/v1/proposals/" + id, "genba", null).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/proposals/" + copyId + "/attachments/" + copyFirst(copyId), "genba", null)
			.body()).isEqualTo("xlsx bytes");
	}

	@Test
	void onlyTheAuthorChangesPartsAndTheOtherSideSeesNone() throws Exception {
		long projectId = newWorksProject();
		long id = json.readTree(send("POST", "/api/v1/projects/" + projectId + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord")).body()).get("id").asLong();
		long attachment = upload(id, "genba", "図面.pdf", null, "pdf").get("id").asLong();
		assertThat(send("GET", "/api/v1/proposals/" + id + "/attachments", "sokatsu", null).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/proposals/" + id + "/attachments/" + attachment, "sokatsu", null).statusCode())
			.isEqualTo(404);
		assertThat(send("GET", "/api/v1/proposals/" + id + "/attachments/" + attachment, "kantoku", null).statusCode())
			.isEqualTo(404);
		assertThat(uploadResponse(id, "sokatsu", "x.txt", null, "x").statusCode()).isEqualTo(404);
		HttpResponse<String> noFile = send("POST", "/api/v1/proposals/" + id + "/attachments", "genba", Map.of());
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(noFile.body()).contains("file");
		assertThat(uploadResponse(id, "genba", "x.txt", "SOUND", "x").body()).contains("DRAWING");
	}

	private long copyFirst(long proposalId) throws Exception {
		return json.readTree(send("GET", "/api/v1/proposals/" + proposalId + "/attachments", "genba", null).body())
			.get(0).get("id").asLong();
	}

	private String pdfText(long id) throws Exception {
		HttpResponse<byte[]> pdf = http.send(BrowserlessClient
			.basic(url("/api/v1/proposals/" + id + "/pdf"), "genba", PASSWORD).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private List<String> names(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> names = new java.util.ArrayList<>();
		json.readTree(response.body()).forEach(node -> names.add(node.get("name").asText()));
		return names;
	}

	private JsonNode upload(long id, String user, String name, String kind, String content) throws Exception {
		HttpResponse<String> response = uploadResponse(id, user, name, kind, content);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private HttpResponse<String> uploadResponse(long id, String user, String name, String kind, String content)
			throws Exception {
		String boundary = "kyoyu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (kind != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return http.send(BrowserlessClient.basic(url("/api/v1/proposals/" + id + "/attachments"), user, PASSWORD)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long newWorksProject() throws Exception {
		return new ProjectFixtures(port).works("添付テスト工事").member("genba", "SITE_AGENT").create();
	}

	private HttpResponse<String> send(String method, String path, String user, Object body) throws Exception {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8);
		return http.send(BrowserlessClient.basic(url(path), user, PASSWORD)
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
