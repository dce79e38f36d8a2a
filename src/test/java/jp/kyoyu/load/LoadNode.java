package jp.kyoyu.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kyoyu.PostgresIntegrationTests;
import jp.kyoyu.support.KyoyuNode;

/**
 * The Kyoyu the load simulations drive: one JVM as shipped (runtime class path, {@code -Xmx512m}, demo data) on an
 * embedded PostgreSQL 15 (zonky) and a GreenMail SMTP server, all on loopback, plus the users the workload needs — created through the admin
 * API as any operator would, and made members of the demo works project. Also reads what only the operating system
 * knows about the node: its resident size and its heap after a full collection.
 */
final class LoadNode implements AutoCloseable {

	static final String PASSWORD = "Kyoyu#Load-2026-fuka";

	private static final String DEMO_PASSWORD = "Kyoyu#Demo2026";

	static final String WORKS = "中部地区 用排水路改修工事（その1）";

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Path dataDir;

	private final EmbeddedPostgres database;

	private final GreenMail mailServer;

	private final KyoyuNode node;

	private long worksProject;

	private LoadNode(Path dataDir, EmbeddedPostgres database, GreenMail mailServer, KyoyuNode node) {
		this.dataDir = dataDir;
		this.database = database;
		this.mailServer = mailServer;
		this.node = node;
	}

	/** Starts PostgreSQL and the node on {@code port}; returns once the node is ready (demo data loaded). */
	static LoadNode start(int port) throws Exception {
		Path dataDir = Files.createTempDirectory("kyoyu-load");
		EmbeddedPostgres database = EmbeddedPostgres.builder().start();
		JdbcTemplate superuser = new JdbcTemplate(database.getPostgresDatabase());
		superuser.execute("create role kyoyu login password 'kyoyu-test'");
		superuser.execute("create database kyoyu owner kyoyu encoding 'UTF8'");
		String url = database.getJdbcUrl("kyoyu", "kyoyu");
		PostgresIntegrationTests.createCamundaSchema(url);
		// Every submission and approval sends notices: a mail server that accepts them, as in production.
		GreenMail mailServer = new GreenMail(new ServerSetup(KyoyuNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
		KyoyuNode node = KyoyuNode.start(dataDir, "load", port,
				List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
						"--spring.datasource.username=kyoyu", "--spring.datasource.password=kyoyu-test",
						"--kyoyu.data-dir=" + dataDir, "--kyoyu.demo.enabled=true", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + mailServer.getSmtp().getPort()),
				applicationClassPath());
		LoadNode load = new LoadNode(dataDir, database, mailServer, node);
		load.worksProject = load.findWorksProject();
		return load;
	}

	String baseUrl() {
		return node.url("");
	}

	long worksProject() {
		return worksProject;
	}

	/**
	 * {@code count} supervisors ({@code load-s01}, … agency side, 監督員) and as many contractors ({@code load-c01}, …,
	 * 現場代理人), each with the rights their work needs, all members of the works project.
	 */
	void createUsers(int count) throws Exception {
		for (int i = 1; i <= count; i++) {
			createUser(supervisor(i), "負荷 監督" + i, "AGENCY", "SUPERVISOR");
			createUser(contractor(i), "負荷 現場" + i, "CONTRACTOR", "SITE_AGENT");
		}
	}

	static String supervisor(int i) {
		return String.format("load-s%02d", i);
	}

	static String contractor(int i) {
		return String.format("load-c%02d", i);
	}

	private void createUser(String userId, String name, String side, String role) throws Exception {
		send("admin", "POST", "/api/v1/admin/users", Map.of("userId", userId, "name", name, "email",
				userId + "@example.jp", "side", side, "password", PASSWORD));
		send("admin", "PUT", "/api/v1/admin/users/" + userId + "/permissions", Map.of("BOARD", "WRITE", "DOCUMENT",
				"WRITE", "PROPOSAL", "WRITE", "WORKFLOW", "WRITE", "EXPORT", "WRITE", "SCHEDULE", "WRITE"));
		send("sokatsu", "POST", "/api/v1/projects/" + worksProject + "/members",
				Map.of("userId", userId, "role", role));
	}

	/** Resident size of the node's JVM now and its high-water mark, in MB (/proc/pid/status: VmRSS, VmHWM). */
	long[] residentMegabytes() throws IOException {
		long rss = 0;
		long peak = 0;
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(node.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				rss = kilobytes(line) / 1024;
			}
			else if (line.startsWith("VmHWM:")) {
				peak = kilobytes(line) / 1024;
			}
		}
		return new long[] { rss, peak };
	}

	private static long kilobytes(String statusLine) {
		return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
	}

	/**
	 * The node's heap in use right after a full collection (jcmd GC.run, then GC.heap_info), in MB: what it holds
	 * on to, which is what grows when something leaks.
	 */
	long heapAfterFullGcMegabytes() throws Exception {
		jcmd("GC.run");
		return heapInUseMegabytes();
	}

	/**
	 * The live objects by class ({@code jcmd GC.class_histogram}): it collects fully before counting, so what it
	 * lists is what the node holds on to.
	 */
	String classHistogram() throws Exception {
		return jcmd("GC.class_histogram");
	}

	/** The heap in use now (jcmd GC.heap_info), in MB: right after a full collection, what the node holds. */
	long heapInUseMegabytes() throws Exception {
		String info = jcmd("GC.heap_info");
		Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("jcmd GC.heap_info said:\n" + info);
		}
		return Long.parseLong(used.group(1)) / 1024;
	}

	private String jcmd(String command) throws Exception {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(node.pid()), command)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	/** Keeps the node's log (its folder is removed at the end): the causes of failed requests are in it. */
	void saveLog(Path to) throws IOException {
		Files.copy(dataDir.resolve("load.log"), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	String logTail() {
		return node.logTail();
	}

	@Override
	public void close() throws Exception {
		try {
			node.close();
		}
		finally {
			mailServer.stop();
			database.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private long findWorksProject() throws Exception {
		for (JsonNode project : send("sokatsu", "GET", "/api/v1/projects", null)) {
			if (WORKS.equals(project.path("name").asText())) {
				return project.get("id").asLong();
			}
		}
		throw new IllegalStateException("the demo works project is missing");
	}

	/** One set-up call with HTTP Basic as a demo user; anything but success stops the run. */
	private JsonNode send(String demoUser, String method, String path, Object body) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((demoUser + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json");
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
	}

	/**
	 * target/classes plus the runtime libraries Maven wrote to target/runtime-class-path.txt (the
	 * {@code runtime-class-path} execution in the pom, run before every test compilation): Kyoyu as shipped, without
	 * Gatling or any test library.
	 */
	private static String applicationClassPath() throws IOException {
		Path target = Path.of("target");
		Path libraries = target.resolve("runtime-class-path.txt");
		if (!Files.exists(libraries)) {
			throw new IllegalStateException(libraries.toAbsolutePath() + " is missing: run through ./mvnw gatling:test");
		}
		List<String> path = new ArrayList<>();
		path.add(target.resolve("classes").toAbsolutePath().toString());
		path.add(Files.readString(libraries).trim());
		return String.join(java.io.File.pathSeparator, path);
	}
}
