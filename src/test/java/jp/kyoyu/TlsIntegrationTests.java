package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kyoyu serving HTTPS itself with the {@code tls} profile (X2, X7; docs/tls.md), started as an operator starts it:
 * a PEM certificate and key (made here with the JDK's keytool), the profile, the ports. Then real TLS handshakes
 * on loopback: TLS 1.0/1.1 and suites outside the CRYPTREC list are refused, TLS 1.2/1.3 with listed suites
 * succeed, plain HTTP is redirected and HTTPS answers carry HSTS.
 * <p>
 * The JDK itself refuses TLS 1.0/1.1 by default; this JVM allows them again (before any TLS class is used), so the
 * refusal shown is Kyoyu's setting, and a control server in the test proves the client really can speak TLS 1.1.
 * Runs under failsafe in a JVM of its own (pom.xml): it starts a whole application context, with its own engine.
 */
class TlsIntegrationTests {

	static final String STORE_PASSWORD = "test-only-store";

	@TempDir
	static Path directory;

	static ConfigurableApplicationContext kyoyu;

	static KeyStore keys;

	static int httpsPort;

	static int httpPort;

	@BeforeAll
	static void startKyoyuWithTls() throws Exception {
		allowOldProtocolsInThisJvm();
		Path store = directory.resolve("test.p12");
		keytool("-genkeypair", "-alias", "kyoyu", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype",
				"PKCS12", "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
		keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, STORE_PASSWORD.toCharArray());
		}
		Path certificate = pem(directory.resolve("fullchain.pem"), "CERTIFICATE",
				keys.getCertificate("kyoyu").getEncoded());
		Path privateKey = pem(directory.resolve("privkey.pem"), "PRIVATE KEY",
				((PrivateKey) keys.getKey("kyoyu", STORE_PASSWORD.toCharArray())).getEncoded());
		httpsPort = freePort();
		httpPort = freePort();
		kyoyu = new SpringApplicationBuilder(KyoyuApplication.class).run("--spring.profiles.active=tls",
				"--KYOYU_TLS_PORT=" + httpsPort, "--KYOYU_TLS_HTTP_PORT=" + httpPort,
				"--KYOYU_TLS_CERTIFICATE=file:" + certificate, "--KYOYU_TLS_PRIVATE_KEY=file:" + privateKey,
				"--kyoyu.data-dir=" + directory.resolve("data"), "--kyoyu.demo.enabled=false",
				"--camunda.bpm.generate-unique-process-engine-name=true");
	}

	@AfterAll
	static void stop() {
		if (kyoyu != null) {
			kyoyu.close();
		}
	}

	@Test
	void tls13AndTls12WithListedSuitesAreAccepted() throws Exception {
		assertThat(handshake(httpsPort, "TLSv1.3", "TLS_AES_128_GCM_SHA256")).isEqualTo("TLS_AES_128_GCM_SHA256");
		assertThat(handshake(httpsPort, "TLSv1.3", "TLS_AES_256_GCM_SHA384")).isEqualTo("TLS_AES_256_GCM_SHA384");
		assertThat(handshake(httpsPort, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"))
			.isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
		assertThat(handshake(httpsPort, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"))
			.isEqualTo("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
	}

	@Test
	void tls10AndTls11AreRefusedThoughTheClientCanSpeakThem() throws Exception {
		try (SSLServerSocket control = controlServer()) {
			assertThat(handshake(control.getLocalPort(), "TLSv1.1", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"))
				.as("this JVM's client really offers TLS 1.1").isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
		}
		assertThatThrownBy(() -> handshake(httpsPort, "TLSv1.1", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"))
			.isInstanceOf(SSLException.class);
		assertThatThrownBy(() -> handshake(httpsPort, "TLSv1", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"))
			.isInstanceOf(SSLException.class);
	}

	@Test
	void suitesOutsideTheListAreRefused() {
		// CBC mode, RSA key transport without forward secrecy, and ChaCha20 (not on the e-Government list).
		for (String weak : List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256",
				"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")) {
			assertThatThrownBy(() -> handshake(httpsPort, "TLSv1.2", weak)).as(weak).isInstanceOf(SSLException.class);
		}
		assertThatThrownBy(() -> handshake(httpsPort, "TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256"))
			.isInstanceOf(SSLException.class);
	}

	@Test
	void httpsAnswersCarryHstsAndPlainHttpIsRedirectedToHttps() throws Exception {
		List<String> https = get(secureSocket(httpsPort, "TLSv1.3", "TLS_AES_128_GCM_SHA256"), "/login");
		assertThat(https.get(0)).contains(" 200");
		assertThat(https).anySatisfy(header -> assertThat(header.toLowerCase())
			.startsWith("strict-transport-security: max-age=31536000"));

		List<String> http = get(new Socket(InetAddress.getLoopbackAddress(), httpPort), "/login?from=bookmark");
		assertThat(http.get(0)).matches("HTTP/1\\.1 30[12] .*");
		assertThat(http).contains("Location: https://127.0.0.1:" + httpsPort + "/login?from=bookmark");
		assertThat(http).noneSatisfy(header -> assertThat(header.toLowerCase()).startsWith("set-cookie"));
	}

	/** The cipher suite agreed on, or an SSLException when the server refuses. */
	private static String handshake(int port, String protocol, String suite) throws Exception {
		try (SSLSocket socket = secureSocket(port, protocol, suite)) {
			return socket.getSession().getCipherSuite();
		}
	}

	private static SSLSocket secureSocket(int port, String protocol, String suite) throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new TestCertificateOnly() }, null);
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
		socket.setSoTimeout(10_000);
		socket.setEnabledProtocols(new String[] { protocol });
		socket.setEnabledCipherSuites(new String[] { suite });
		try {
			socket.startHandshake();
		}
		catch (IOException e) {
			socket.close();
			throw e instanceof SSLException ssl ? ssl : new SSLException("refused: " + e.getMessage(), e);
		}
		return socket;
	}

	/** The status line and headers of a GET over the socket. */
	private static List<String> get(Socket socket, String path) throws IOException {
		try (socket) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + socket.getPort()
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> head = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.add(line);
			}
			return head;
		}
	}

	/** A TLS server in this JVM that accepts TLS 1.1, with the same key: the control for the refusal test. */
	private static SSLServerSocket controlServer() throws Exception {
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, STORE_PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(managers.getKeyManagers(), null, null);
		SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1,
				InetAddress.getLoopbackAddress());
		server.setEnabledProtocols(new String[] { "TLSv1.1" });
		Thread acceptor = new Thread(() -> {
			try (SSLSocket accepted = (SSLSocket) server.accept()) {
				accepted.startHandshake();
			}
			catch (IOException e) {
				// the client's assertion tells
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		return server;
	}

	/** The JDK's default list without TLSv1 and TLSv1.1 (read once, when TLS is first used in the JVM). */
	private static void allowOldProtocolsInThisJvm() {
		String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
		List<String> kept = new ArrayList<>();
		for (String entry : disabled.split(",")) {
			String name = entry.strip();
			if (!name.equals("TLSv1") && !name.equals("TLSv1.1")) {
				kept.add(name);
			}
		}
		Security.setProperty("jdk.tls.disabledAlgorithms", String.join(", ", kept));
	}

	private static void keytool(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(output).isZero();
	}

	private static Path pem(Path file, String type, byte[] der) throws IOException {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Trusts exactly the certificate made for this test. */
	private static final class TestCertificateOnly implements X509TrustManager {

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType)
				throws java.security.cert.CertificateException {
			try {
				Certificate ours = keys.getCertificate("kyoyu");
				if (!chain[0].equals(ours)) {
					throw new java.security.cert.CertificateException("not the test certificate");
				}
			}
			catch (java.security.KeyStoreException e) {
				throw new java.security.cert.CertificateException(e);
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException("a client only");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
