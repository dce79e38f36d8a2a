package jp.kyoyu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.storage.FileStore;

/**
 * The chunks of one resumable upload may arrive at different nodes (issue #18): a second {@link ResumableUploads}
 * built on the same database and upload directory stands for a second node (it shares nothing else, as a second JVM
 * would not). Chunks taken alternately by the two assemble the file; two transfers of the same chunk at once, one
 * on each node, leave it whole — one counts, the other is told the new offset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumableUploadAcrossNodesIntegrationTests {

	static final int CHUNK = 1024 * 1024;

	static final int SIZE = 3 * CHUNK + 77;

	@LocalServerPort
	int port;

	@Autowired
	ResumableUploads nodeA;

	@Autowired
	UploadRepository uploads;

	@Autowired
	UploadParts parts;

	@Autowired
	DocumentAccess access;

	@Autowired
	FileStore files;

	@Autowired
	Clock clock;

	@Autowired
	ClusterOnce once;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void chunksTakenByTwoNodesAssembleTheFileAndTheSameChunkSentToBothAtOnceCountsOnce() throws Exception {
		ResumableUploads nodeB = new ResumableUploads(uploads, parts, access, files, clock, DataSize.ofGigabytes(5),
				once, transactions);
		DocumentApi api = new DocumentApi(port);
		long project = api.project("SERVICE", "分割送信");
		byte[] content = new byte[SIZE];
		new Random(18).nextBytes(content);
		JsonNode created = api.read(api.send("POST", "/api/v1/projects/" + project + "/uploads", "gyomu",
				Map.of("name", "二台のノード.bin", "size", SIZE, "contentType", "application/octet-stream")));
		String id = created.get("id").asText();

		// The first chunk reaches both nodes at once (a client's retry while the first transfer still runs).
		CountDownLatch bothReading = new CountDownLatch(2);
		ExecutorService senders = Executors.newFixedThreadPool(2);
		List<Future<UploadStatus>> transfers = new ArrayList<>();
		try {
			for (ResumableUploads node : List.of(nodeA, nodeB)) {
				transfers.add(senders.submit(() -> node.append(id, 0, new WaitingStream(content, CHUNK, bothReading),
						"gyomu")));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<UploadStatus> transfer : transfers) {
				try {
					outcomes.add(transfer.get(60, TimeUnit.SECONDS));
				}
				catch (java.util.concurrent.ExecutionException e) {
					outcomes.add(e.getCause());
				}
			}
			assertThat(outcomes).filteredOn(UploadStatus.class::isInstance).singleElement()
				.extracting(outcome -> ((UploadStatus) outcome).offset()).isEqualTo((long) CHUNK);
			assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).singleElement()
				.extracting(outcome -> ((InvalidInputException) outcome).problems().get(0).message())
				.asString().contains("Upload-Offset: " + CHUNK);
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(nodeB.status(id, "gyomu").offset()).as("the part holds the chunk once").isEqualTo(CHUNK);

		// The rest alternates between the nodes, each reading the offset the other left.
		ResumableUploads[] alternate = { nodeB, nodeA };
		int turn = 0;
		long offset = nodeA.status(id, "gyomu").offset();
		while (offset < SIZE) {
			int length = (int) Math.min(CHUNK, SIZE - offset);
			offset = alternate[turn++ % 2].append(id, offset, new ByteArrayInputStream(content, (int) offset, length),
					"gyomu").offset();
		}
		UploadStatus finished = nodeB.finish(id, "gyomu");
		assertThat(finished.sha256()).isEqualTo(ProposalFilingIntegrationTests.sha256(content));
		assertThat(nodeA.finish(id, "gyomu").sha256()).as("finishing again on the other node answers the same file")
			.isEqualTo(finished.sha256());
		nodeA.cancel(id, "gyomu");
	}

	/** Gives {@code length} bytes of the content, pausing after the first byte until the other transfer reads too. */
	static final class WaitingStream extends InputStream {

		private final byte[] content;

		private final int length;

		private final CountDownLatch bothReading;

		private int position;

		WaitingStream(byte[] content, int length, CountDownLatch bothReading) {
			this.content = content;
			this.length = length;
			this.bothReading = bothReading;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int max) throws IOException {
			if (position >= length) {
				return -1;
			}
			if (position == 1) {
				bothReading.countDown();
				try {
					if (!bothReading.await(30, TimeUnit.SECONDS)) {
						throw new IOException("the other transfer never started");
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException(e);
				}
			}
			int n = position == 0 ? 1 : Math.min(max, length - position);
			System.arraycopy(content, position, buffer, offset, n);
			position += n;
			return n;
		}
	}
}
