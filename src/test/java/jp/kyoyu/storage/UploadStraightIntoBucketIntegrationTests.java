package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.JsonNode;

import jp.kyoyu.support.TextPdfs;
import jp.kyoyu.support.JsonApi;
import jp.kyoyu.support.ProjectFixtures;
import jp.kyoyu.support.S3ProxyExtension;

import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Uploads through the API on a node with {@code kyoyu.storage.kind=s3} (issue #21 with #18's store): the request body
 * goes, encrypted, straight into a multipart upload in the bucket and is copied to its content key; no file is
 * created on the node's disk meanwhile (neither the store's temp area nor the container's multipart directory). The
 * same bytes again leave one object and no incoming one; a refused upload (too large, or a PDF the G-2 check
 * refuses: still read back from the bucket for it) leaves no object, no incoming object and no multipart upload.
 * Runs in failsafe's {@code s3-store} execution, in a JVM and application context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadStraightIntoBucketIntegrationTests {

	private static final String BUCKET = "kyoyu-files";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	@DynamicPropertySource
	static void storeInTheBucket(DynamicPropertyRegistry registry) {
		s3.storeFilesIn(BUCKET, registry);
		registry.add("kyoyu.storage.s3.part-size", () -> "5MB");
	}

	@LocalServerPort
	int port;

	@Autowired
	ObjectFiles files;

	@Autowired
	ObjectStore objects;

	@Autowired
	FileStore fileStore;

	@Autowired
	StorageSettings settings;

	@Autowired
	MultipartProperties multipart;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadGoesStraightIntoTheBucketWithNoFileOnTheNodeAndTheSameBytesAgainMakeNoSecondObject() throws Exception {
		assertThat(objects.kind()).isEqualTo("s3");
		long project = newProject();
		long proposal = newProposal(project);
		byte[] content = random(12 << 20, 21); // three 5 MB parts
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

		try (WatchService watch = settings.directory().getFileSystem().newWatchService()) {
			WatchKey tmp = settings.directory().toAbsolutePath().resolve("tmp").register(watch,
					StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
			JsonNode added;
			try (Socket socket = new Socket("localhost", port)) {
				OutputStream out = socket.getOutputStream();
				Upload upload = new Upload("配置図.bin", content);
				out.write(upload.head(proposal));
				out.write(content, 0, content.length / 2);
				out.flush();
				awaitMultipartUpload();
				assertThat(files.tempFiles()).as("no local temp file while the upload arrives").isEmpty();
				out.write(content, content.length / 2, content.length - content.length / 2);
				out.write(upload.tail());
				out.flush();
				String response = UploadProbes.response(socket.getInputStream());
				assertThat(response).startsWith("HTTP/1.1 201");
				added = api().json.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
			}
			assertThat(added.get("size").asLong()).isEqualTo(content.length);
			assertThat(added.get("sha256").asText()).isEqualTo(sha256);
			List<WatchEvent<?>> events = tmp.pollEvents();
			assertThat(events).as("nothing created or written in the store's temp area").isEmpty();
		}
		assertThat(UploadProbes.filesIn(Path.of(multipart.getLocation()))).as("nor in the container's").isEmpty();

		ObjectRef object = ObjectRef.of(project, sha256);
		assertThat(objects.size(object)).as("the object under its hash, encrypted")
			.isEqualTo(StorageVerification.encryptedSize(content.length));
		assertThat(s3.objects(BUCKET, "work/incoming/")).as("the incoming object is gone").isEmpty();
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		long attachment = attachments(proposal).get(0).get("id").asLong();
		assertThat(api().bytes("/api/v1/proposals/" + proposal + "/attachments/" + attachment, "genba").body())
			.isEqualTo(content);

		// The same bytes on another proposal of the project: a second row, one object, no incoming object left.
		long other = newProposal(project);
		HttpResponse<String> again = api().multipart("/api/v1/proposals/" + other + "/attachments", "genba", Map.of(),
				Map.of("同じ配置図.bin", content));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(api().json.readTree(again.body()).get("sha256").asText()).isEqualTo(sha256);
		assertThat(projectObjects(project)).as("de-duplicated").extracting(S3Object::key)
			.containsExactly(S3Objects.key(object));
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from storage_file where project_id = ? and sha256 = ?",
				Integer.class, project, sha256)).isEqualTo(2);
	}

	/**
	 * Past the store's limit (lowered here; the HTTP limits stay 5 GB) after two parts went up: 413, and the bucket
	 * holds nothing of it. One byte past, so the little left unread is swallowed by Tomcat and the client gets the
	 * answer (an API operation answers without reading the rest).
	 */
	@Test
	void aRefusedUploadLeavesNothingInTheBucket() throws Exception {
		long project = newProject();
		long proposal = newProposal(project);
		Integer rowsBefore = jdbc.queryForObject("select count(*) from storage_file", Integer.class);
		DataSize limit = fileStore.maxFileSize();
		fileStore.maxFileSize(DataSize.ofMegabytes(11));
		try {
			HttpResponse<String> refused = api().multipart("/api/v1/proposals/" + proposal + "/attachments", "genba",
					Map.of(), Map.of("大きすぎる.bin", random((11 << 20) + 1, 22)));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
			assertThat(refused.body()).contains("ファイルが大きすぎます");
		}
		finally {
			fileStore.maxFileSize(limit);
		}
		assertThat(s3.multipartUploads(BUCKET)).as("the multipart upload is aborted").isEmpty();
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
		assertThat(projectObjects(project)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from storage_file", Integer.class)).isEqualTo(rowsBefore);
		assertThat(files.tempFiles()).isEmpty();
	}

	/** The G-2 check still reads a PDF: read back from the incoming object, decrypted, for PDFs only. */
	@Test
	void anInspectedPdfIsStillInspected() throws Exception {
		long project = newProject();
		long proposal = newProposal(project);
		String attachments = "/api/v1/proposals/" + proposal + "/attachments";

		HttpResponse<String> refused = api().multipart(attachments, "genba", Map.of(),
				Map.of("見積書.pdf", TextPdfs.withPages("Page one: nothing", "Card 4111 1111 1111 1111")));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("ファイル「見積書.pdf」の2ページ目").contains("クレジットカード番号");
		assertThat(projectObjects(project)).as("no object of the refused file").isEmpty();
		assertThat(s3.objects(BUCKET, "work/incoming/")).isEmpty();
		assertThat(s3.multipartUploads(BUCKET)).isEmpty();
		assertThat(files.tempFiles()).as("the plaintext for the inspection is deleted").isEmpty();

		HttpResponse<String> accepted = api().multipart(attachments, "genba", Map.of(),
				Map.of("普通の見積書.pdf", TextPdfs.withPages("Contract No. 123456789012")));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		assertThat(projectObjects(project)).hasSize(1);
	}

	private List<S3Object> projectObjects(long project) {
		return s3.objects(BUCKET, "objects/p" + project + "/");
	}

	private void awaitMultipartUpload() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (s3.multipartUploads(BUCKET).isEmpty()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("the upload never reached the bucket");
			}
			Thread.sleep(20);
		}
	}

	private static byte[] random(int size, long seed) {
		byte[] content = new byte[size];
		new Random(seed).nextBytes(content);
		return content;
	}

	private long newProject() throws Exception {
		return new ProjectFixtures(api()).works("バケットへ直接").member("genba", "SITE_AGENT").create();
	}

	private long newProposal(long project) throws Exception {
		return api().read(api().send("POST", "/api/v1/projects/" + project + "/proposals", "genba",
				Map.of("type", "worksMeetingRecord", "title", "直接アップロード"))).get("id").asLong();
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

	/** One file part, written by hand so the test can stop half-way and look at the bucket and the disk. */
	private record Upload(String name, byte[] content) {

		static final String BOUNDARY = "kyoyu-bucket-boundary";

		byte[] head(long proposal) {
			String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			byte[] bodyHead = body.getBytes(StandardCharsets.UTF_8);
			long length = bodyHead.length + content.length + tail().length;
			String request = "POST /api/v1/proposals/" + proposal + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Basic " + Base64.getEncoder()
						.encodeToString(("genba:" + JsonApi.PASSWORD).getBytes(StandardCharsets.UTF_8))
					+ "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
					+ "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n" + body;
			return request.getBytes(StandardCharsets.UTF_8);
		}

		byte[] tail() {
			return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		}
	}
}
