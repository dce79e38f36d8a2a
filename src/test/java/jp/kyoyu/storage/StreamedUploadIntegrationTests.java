package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;

/**
 * Uploads through HTTP in one pass (issue #21): the body of a multipart upload streams straight into the store.
 * Sent over a raw socket, so the test holds the request half-way and looks at the disk meanwhile: the container's
 * multipart directory stays empty and the store's temp area holds only ciphertext; an upload cut off half-way
 * leaves no row, no temp file and no object; a field after the file and a body past the limit are refused with
 * their Japanese messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StreamedUploadIntegrationTests {

	static final String MARKER = "平文の目印-streamed-upload-";

	@LocalServerPort
	int port;

	@Autowired
	ObjectFiles files;

	@Autowired
	MultipartProperties multipart;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBodyGoesStraightIntoTheStoreWithNoTempCopy() throws Exception {
		long proposal = newProposal();
		byte[] content = content(8 << 20);
		Multipart body = new Multipart(Map.of("kind", "DRAWING"), "配置図.pdf", content);
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(body.request(proposal));
			out.write(content, 0, content.length / 2);
			out.flush();
			Path arriving = UploadProbes.awaitOneTempFile(files);
			assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).as("the container's multipart directory").isEmpty();
			assertThat(files.tempFiles()).as("one file: the upload, encrypted as it arrives").containsExactly(arriving);
			assertThat(new String(Files.readAllBytes(arriving), StandardCharsets.UTF_8)).doesNotContain(MARKER);

			out.write(content, content.length / 2, content.length - content.length / 2);
			out.write(body.tail());
			out.flush();
			String response = UploadProbes.response(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 201");
			// the JSON object of the body (chunked or not)
			JsonNode added = api().json.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
			assertThat(added.get("kind").asText()).isEqualTo("DRAWING");
			assertThat(added.get("size").asLong()).isEqualTo(content.length);
			assertThat(added.get("sha256").asText())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		}
		assertThat(files.tempFiles()).isEmpty();
		byte[] downloaded = api().bytes("/api/v1/proposals/" + proposal + "/attachments/"
				+ attachments(proposal).get(0).get("id").asLong(), "genba").body();
		assertThat(downloaded).isEqualTo(content);
	}

	@Test
	void anUploadCutOffHalfWayLeavesNothingBehind() throws Exception {
		long proposal = newProposal();
		byte[] content = content(8 << 20);
		Integer rowsBefore = jdbc.queryForObject("select count(*) from storage_file", Integer.class);
		List<String> objectsBefore = files.objectHashes();
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(new Multipart(Map.of(), "途中で切れる.bin", content).request(proposal));
			out.write(content, 0, content.length / 2);
			out.flush();
			UploadProbes.awaitOneTempFile(files);
		} // the client goes away with half of the file sent
		Instant deadline = Instant.now().plusSeconds(30);
		while (!files.tempFiles().isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(files.tempFiles()).as("the arriving file is deleted").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from storage_file", Integer.class)).isEqualTo(rowsBefore);
		assertThat(files.objectHashes()).containsExactlyInAnyOrderElementsOf(objectsBefore);
		assertThat(attachments(proposal)).isEmpty();
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).isEmpty();
	}

	@Test
	void aFieldAfterTheFileIsRefusedAndNothingIsStored() throws Exception {
		long proposal = newProposal();
		Integer rowsBefore = jdbc.queryForObject("select count(*) from storage_file", Integer.class);
		String boundary = "kyoyu-after";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"後.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nbytes\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n--" + boundary + "--\r\n";
		var response = api().http.send(jp.kyoyu.support.BrowserlessClient
			.basic(api().url("/api/v1/proposals/" + proposal + "/attachments"), "genba", JsonApi.PASSWORD)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("kind").contains("ファイルより前に送ってください");
		assertThat(jdbc.queryForObject("select count(*) from storage_file", Integer.class)).isEqualTo(rowsBefore);
		assertThat(attachments(proposal)).isEmpty();
	}

	@Test
	void aBodyPastTheLimitGetsTheJapanese413BeforeAnyByteIsStored() throws Exception {
		long proposal = newProposal();
		try (Socket socket = new Socket("localhost", port)) {
			String head = "POST /api/v1/proposals/" + proposal + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: " + basic() + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
					+ "Content-Length: " + (6L << 30) + "\r\nConnection: close\r\n\r\n"
					+ "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
			String response = UploadProbes.response(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 413");
			assertThat(response).contains("ファイルが大きすぎます。1ファイル5GBまでです。");
		}
		assertThat(files.tempFiles()).isEmpty();
		assertThat(attachments(proposal)).isEmpty();
	}



	/** Random bytes (nothing compresses them away) with the marker at the start. */
	private static byte[] content(int size) {
		byte[] content = new byte[size];
		new Random(21).nextBytes(content);
		byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(marker, 0, content, 0, marker.length);
		return content;
	}

	/** Status line, headers and body of a response with Content-Length (or up to the connection's end). */

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("genba:" + JsonApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private long newProposal() throws Exception {
		long project = new ProjectFixtures(port).works("一度で保存する工事").member("genba", "SITE_AGENT").create();
		return api().read(api().send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "ストリーミング"))).get("id").asLong();
	}

	private List<JsonNode> attachments(long proposal) throws Exception {
		List<JsonNode> found = new java.util.ArrayList<>();
		api().read(api().get("/api/v1/proposals/" + proposal + "/attachments", "genba")).forEach(found::add);
		return found;
	}

	private JsonApi api() {
		return new JsonApi(port) {
		};
	}

	/** A multipart body: fields, then one file; the file's bytes are written by the test itself. */
	private record Multipart(Map<String, String> fields, String name, byte[] content) {

		static final String BOUNDARY = "kyoyu-streamed-boundary";

		byte[] head() {
			StringBuilder head = new StringBuilder();
			fields.forEach((field, value) -> head.append("--").append(BOUNDARY)
				.append("\r\nContent-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n").append(value)
				.append("\r\n"));
			head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
				.append(name).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			return head.toString().getBytes(StandardCharsets.UTF_8);
		}

		byte[] tail() {
			return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		}

		/** Request line, headers and the body's head; the file and {@link #tail()} follow. */
		byte[] request(long proposal) {
			byte[] head = head();
			long length = head.length + content.length + tail().length;
			String request = "POST /api/v1/proposals/" + proposal + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: " + basic() + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
					+ "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(request.getBytes(StandardCharsets.UTF_8));
			all.writeBytes(head);
			return all.toByteArray();
		}
	}
}
