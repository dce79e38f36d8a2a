package jp.kyoyu.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jp.kyoyu.KyoyuApplication;

/**
 * Kyoyu as a separate JVM, started the way an operator starts it: the application's classes and libraries without
 * test-classes, so the shipped configuration applies (not the test one), plus the given arguments. For the tests
 * that need what one JVM cannot show: a kill without any flush, or two nodes on one database.
 *
 * <p>{@link #start} returns once the node's readiness answers 200, which is after the start-up work (demo data
 * included). The node's output goes to {@code <name>.log} in the given folder; a failure message should carry
 * {@link #logTail()}, since the folder is usually a temporary one.
 */
public final class KyoyuNode implements AutoCloseable {

	/** 360 s; {@code -Dkyoyu.test.node-start-seconds=n} gives a machine shared with other builds longer. */
	private static final Duration START_TIMEOUT = Duration.ofSeconds(
			Long.getLong("kyoyu.test.node-start-seconds", 360));

	private final Process process;

	private final int port;

	private final Path log;

	private KyoyuNode(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts a node on {@code port} with {@code arguments} after the common ones: a fast password hash (demo logins
	 * over HTTP Basic hash on every call; production strength only slows tests) and the readiness probe.
	 */
	public static KyoyuNode start(Path logFolder, String name, int port, List<String> arguments) throws Exception {
		return start(logFolder, name, port, 1000, arguments, shippedClassPath());
	}

	/**
	 * As {@link #start(Path, String, int, List)} with the password hash at {@code pbkdf2Iterations}: a benchmark of
	 * what HTTP Basic costs needs production strength (310,000). Spring joins a repeated argument into a list, so
	 * the strength cannot simply be given again among {@code arguments}.
	 */
	public static KyoyuNode start(Path logFolder, String name, int port, int pbkdf2Iterations, List<String> arguments)
			throws Exception {
		return start(logFolder, name, port, pbkdf2Iterations, arguments, shippedClassPath());
	}

	/**
	 * As {@link #start(Path, String, int, List)} with the given class path: for a JVM whose own class path is not the
	 * application's (the Gatling run, which also holds Gatling and its libraries).
	 */
	public static KyoyuNode start(Path logFolder, String name, int port, List<String> arguments, String classPath)
			throws Exception {
		return start(logFolder, name, port, 1000, arguments, classPath);
	}

	private static KyoyuNode start(Path logFolder, String name, int port, int pbkdf2Iterations, List<String> arguments,
			String classPath)
			throws Exception {
		Path log = logFolder.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-cp", classPath,
				KyoyuApplication.class.getName(), "--server.port=" + port,
				"--kyoyu.security.password.pbkdf2-iterations=" + pbkdf2Iterations,
				"--management.endpoint.health.probes.enabled=true"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		KyoyuNode node = new KyoyuNode(process, port, log);
		node.awaitReadiness();
		return node;
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The CPU time the node's JVM has used so far, all its threads: what its work costs, whatever else runs. */
	public long cpuNanos() {
		return process.info().totalCpuDuration().orElseThrow(
				() -> new IllegalStateException("this system does not report a process's CPU time")).toNanos();
	}

	/** The node's process id, for what only the operating system tells (resident size in /proc, jcmd). */
	public long pid() {
		return process.pid();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL: no shutdown hook, no close, no flush — what a crash or a pulled plug does. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** The last lines the node logged, for a failure message. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return "--- " + log.getFileName() + " ---\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException unreadable) {
			return "(no log: " + unreadable.getMessage() + ")";
		}
	}

	/** A normal stop (SIGTERM, Spring's graceful close). */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

	private void awaitReadiness() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Kyoyu did not start:\n" + logTail());
			}
			try {
				HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Kyoyu did not answer within " + START_TIMEOUT.toSeconds() + " s:\n" + logTail());
	}

	/** A port free right now on the loopback interface. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The class path of this test run without test-classes: the application as shipped plus its libraries. Without
	 * s3proxy and jackson-dataformat-xml either, which only failsafe's {@code s3-store} execution has (the store the
	 * nodes share runs in the test's JVM): with the XML format on its class path, a node would answer XML.
	 */
	private static String shippedClassPath() {
		// Surefire and failsafe start the test JVM from a manifest-only jar; the real path is in this property.
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(path.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.filter(entry -> !entry.contains("s3proxy") && !entry.contains("jackson-dataformat-xml"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
