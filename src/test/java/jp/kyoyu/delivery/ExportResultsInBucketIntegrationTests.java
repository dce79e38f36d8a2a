package jp.kyoyu.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoyu.project.ProjectManagement;
import jp.kyoyu.shared.ClusterOnce;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.storage.S3Proxies;
import jp.kyoyu.support.S3ProxyExtension;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Export results with {@code kyoyu.storage.kind=s3} and no shared export directory (issue #18): two nodes, each
 * with its own {@code kyoyu.delivery.directory} and its own client to one s3proxy bucket, share only the database
 * and the bucket. An export run on A is downloaded from B (whole and by Range), an inspection package written on A
 * is browsed from B, nothing of either stays on A's disk, and the export housekeeping deletes the objects when the
 * results expire and when no job names them. Runs in failsafe's {@code s3-store} execution, in a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportResultsInBucketIntegrationTests {

	private static final String BUCKET = "kyoyu-exports";

	@RegisterExtension
	static final S3ProxyExtension s3 = new S3ProxyExtension(BUCKET);

	static Path directory;

	static S3Proxy proxy;

	static S3Client bucket;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExportJobRepository jobs;

	@Autowired
	ExportSource source;

	@Autowired
	ProjectManagement projects;

	@Autowired
	DeliveryProfiles profiles;

	@Autowired
	ExportJobs results;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Autowired
	ExportMetrics metrics;

	@Autowired
	ClusterOnce once;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void proxy() {
		directory = s3.directory();
		proxy = s3.proxy();
		bucket = s3.client();
	}

	@Test
	void anExportRunOnOneNodeIsDownloadedAndBrowsedFromTheOtherAndExpiresFromTheBucket() throws Exception {
		Node nodeA = new Node("a", clock);
		Node nodeB = new Node("b", clock);
		try {
			long project = DemoExportsIntegrationTests.demoProject(new DeliveryApi(port),
					DemoExportsIntegrationTests.SERVICE, "gyomu");

			long zip = nodeA.runToTheEnd(project, ExportKind.ZIP);
			byte[] fromB = nodeB.download(zip);
			assertThat(DeliveryApiIntegrationTests.unzipBytes(fromB)).isNotEmpty();
			assertThat(nodeA.download(zip)).as("the same bytes from either node").isEqualTo(fromB);
			try (InputStream ranged = nodeB.management.result(zip, "gyomu").content().getInputStream()) {
				ranged.skipNBytes(fromB.length - 1000);
				assertThat(ranged.readAllBytes()).as("a Range from the middle")
					.isEqualTo(Arrays.copyOfRange(fromB, fromB.length - 1000, fromB.length));
			}
			byte[] stored = bucket.getObjectAsBytes(get -> get.bucket(BUCKET).key("work/exports/" + zip + "/result.zip"))
				.asByteArray();
			assertThat(new String(stored, 0, 2, StandardCharsets.ISO_8859_1)).as("ciphertext, not a ZIP").isNotEqualTo("PK");

			long inspection = nodeA.runToTheEnd(project, ExportKind.INSPECTION);
			try (InputStream index = nodeB.management.inspectionFile(inspection, "", "gyomu").getInputStream()) {
				assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8)).contains("<html");
			}
			assertThat(objects("work/exports/" + inspection + "/site/")).as("the site's files").hasSizeGreaterThan(1);
			assertThatThrownBy(() -> nodeB.management.inspectionFile(inspection, "no/such.html", "gyomu"))
				.isInstanceOf(NotFoundException.class);
			assertThat(filesBelow(nodeA.settings.directory())).as("nothing of either export on node A's disk").isEmpty();

			// An object no job names (a node died between writing and recording) goes once an hour old.
			S3Proxies.workObjects(proxy, BUCKET, context)
				.put(project, "exports/987654321/result.zip", Files.write(directory.resolve("orphan"), new byte[] { 'P', 'K' }));
			new Node("sweeper", Clock.offset(clock, Duration.ofHours(2))).housekeeping.sweepWork(clock.instant().plus(Duration.ofHours(2)));
			assertThat(objects("work/exports/987654321/")).isEmpty();
			assertThat(objects("work/exports/" + zip + "/")).as("a job's result stays").hasSize(1);

			// Past kyoyu.delivery.keep the hourly housekeeping (on any node) deletes the results from the bucket.
			new Node("later", Clock.offset(clock, Duration.ofDays(8))).housekeeping.deleteOldResults();
			assertThat(objects("work/exports/" + zip + "/")).isEmpty();
			assertThat(objects("work/exports/" + inspection + "/")).isEmpty();
			assertThatThrownBy(() -> nodeB.management.result(zip, "gyomu")).isInstanceOf(NotFoundException.class);
		}
		finally {
			nodeA.runner.stop();
			nodeB.runner.stop();
		}
	}

	private static List<S3Object> objects(String prefix) {
		return bucket.listObjectsV2Paginator(list -> list.bucket(BUCKET).prefix(prefix)).contents().stream()
			.filter(object -> !object.key().endsWith("/") && object.size() > 0)
			.toList();
	}

	private static List<Path> filesBelow(Path root) throws Exception {
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	/** A node: its own export directory and client to the bucket, the application's database and documents. */
	private final class Node {

		final DeliverySettings settings;

		final ExportRunner runner;

		final DeliveryManagement management;

		final ExportHousekeeping housekeeping;

		Node(String name, Clock at) {
			settings = new DeliverySettings(directory.resolve(name), null, null, Duration.ofDays(7));
			ResultStore stored = new ResultStore(S3Proxies.workObjects(proxy, BUCKET, context), settings);
			runner = new ExportRunner(jobs, source, projects, profiles, settings, results, events, at, metrics, stored);
			management = new DeliveryManagement(jobs, results, runner, projects, settings, events, at, source, profiles,
					stored);
			housekeeping = new ExportHousekeeping(jobs, results, settings, at, once, stored);
		}

		long runToTheEnd(long project, ExportKind kind) {
			long id = new TransactionTemplate(transactions).execute(status -> management.start(project,
					new ExportRequest(kind, List.of(), ExportDestination.DOWNLOAD, null), "gyomu"));
			Awaitility.await().atMost(Duration.ofMinutes(3))
				.until(() -> management.view(id, "gyomu").status() != ExportStatus.RUNNING);
			ExportView done = management.view(id, "gyomu");
			assertThat(done.status()).as(done.problems().toString()).isEqualTo(ExportStatus.DONE);
			return id;
		}

		byte[] download(long id) throws Exception {
			try (InputStream in = management.result(id, "gyomu").content().getInputStream()) {
				return in.readAllBytes();
			}
		}
	}
}
