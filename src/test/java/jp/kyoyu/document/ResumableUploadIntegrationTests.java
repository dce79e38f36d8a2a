package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/** A large upload that breaks off midway resumes from the server's offset and arrives whole (S5.8). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumableUploadIntegrationTests {

	static final int SIZE = 12 * 1024 * 1024 + 123;

	@LocalServerPort
	int port;

	DocumentApi api;

	@BeforeEach
	void client() {
		api = new DocumentApi(port);
	}

	@Test
	void anInterruptedUploadResumesAndIsRegisteredWithTheRightHash() throws Exception {
		long project = api.project("SERVICE", "貸与資料");
		byte[] content = new byte[SIZE];
		new Random(42).nextBytes(content);
		JsonNode created = api.read(api.send("POST", "/api/v1/projects/" + project + "/uploads", "gyomu",
				Map.of("name", "貸与資料 一式.zip", "size", SIZE, "contentType", "application/zip")));
		String path = "/api/v1/uploads/" + created.get("id").asText();
		assertThat(created.get("offset").asLong()).isZero();

		// The first chunk claims 8 MB but the connection drops after about 5 MB.
		try {
			patch(path, 0, new BreakingStream(content, 0, 5 * 1024 * 1024));
		}
		catch (IOException expected) {
			// the client saw the drop
		}
		long offset = waitForOffset(path);
		assertThat(offset).isPositive().isLessThanOrEqualTo(5 * 1024 * 1024);

		HttpResponse<String> wrong = patch(path, 0, new java.io.ByteArrayInputStream(content, 0, 10));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Upload-Offset: " + offset);
		HttpResponse<String> early = api.send("POST", path + "/finish", "gyomu", null);
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body()).contains("まだ全部届いていません");
		assertThat(api.get(path, "genba").statusCode()).as("someone else's upload").isEqualTo(404);

		while (offset < SIZE) {
			int length = (int) Math.min(4 * 1024 * 1024, SIZE - offset);
			HttpResponse<String> sent = patch(path, offset, new java.io.ByteArrayInputStream(content, (int) offset, length));
			assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
			offset = Long.parseLong(sent.headers().firstValue("Upload-Offset").orElseThrow());
		}
		JsonNode finished = api.read(api.send("POST", path + "/finish", "gyomu", null));
		assertThat(finished.get("sha256").asText()).isEqualTo(ProposalFilingIntegrationTests.sha256(content));

		long folder = api.folderId(project, "その他");
		JsonNode document = api.read(api.multipart("/api/v1/folders/" + folder + "/documents", "gyomu",
				Map.of("category", "貸与資料", "date", "2026-07-01", "uploadIds", created.get("id").asText()), Map.of()));
		JsonNode file = document.get("files").get(0);
		assertThat(file.get("name").asText()).isEqualTo("貸与資料 一式.zip");
		assertThat(file.get("size").asLong()).isEqualTo(SIZE);
		assertThat(file.get("sha256").asText()).isEqualTo(ProposalFilingIntegrationTests.sha256(content));
		HttpResponse<byte[]> back = api.bytes("/api/v1/documents/" + document.get("id").asLong() + "/files/"
				+ file.get("id").asLong(), "kantoku");
		assertThat(ProposalFilingIntegrationTests.sha256(back.body())).isEqualTo(ProposalFilingIntegrationTests.sha256(content));
		assertThat(api.get(path, "gyomu").statusCode()).as("used up by the registration").isEqualTo(404);
	}

	private long waitForOffset(String path) throws Exception {
		// The server may still be writing what arrived before the drop; wait until the offset stops moving.
		long last = -1;
		for (int i = 0; i < 50; i++) {
			HttpResponse<Void> head = api.http.send(BrowserlessClient.basic(api.url(path), "gyomu", DocumentApi.PASSWORD)
				.method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
			long offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
			if (offset == last && offset > 0) {
				return offset;
			}
			last = offset;
			Thread.sleep(300);
		}
		return last;
	}

	private HttpResponse<String> patch(String path, long offset, InputStream body) throws Exception {
		return api.http.send(BrowserlessClient.basic(api.url(path), "gyomu", DocumentApi.PASSWORD)
			.header("Upload-Offset", String.valueOf(offset))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Gives {@code limit} bytes of the content, then fails as a dropped network would. */
	static class BreakingStream extends InputStream {

		private final byte[] content;

		private int position;

		private final int end;

		BreakingStream(byte[] content, int from, int limit) {
			this.content = content;
			this.position = from;
			this.end = from + limit;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (position >= end) {
				throw new IOException("network dropped");
			}
			int n = Math.min(length, end - position);
			System.arraycopy(content, position, buffer, offset, n);
			position += n;
			return n;
		}
	}
}
