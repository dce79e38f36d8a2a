package jp.kyoyu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.mail.MailProperties;

import jp.kyoyu.shared.Readiness;

/**
 * The mail server's readiness check against real sockets on loopback (not GreenMail: its fixed port is shared by
 * the mail tests): UP when an SMTP greeting comes, DEGRADED (never DOWN) when nothing listens or something that is
 * not an SMTP server answers.
 */
class MailServerHealthIndicatorTests {

	@Test
	void isUpWhenTheServerGreetsWith220() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread greeter = answering(server, "220 smtp.test ESMTP\r\n");
			assertThat(indicator(server.getLocalPort()).health().getStatus()).isEqualTo(Status.UP);
			greeter.join(5000);
		}
	}

	@Test
	void isDegradedWhenSomethingElseAnswers() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread greeter = answering(server, "HTTP/1.1 400 Bad Request\r\n");
			assertThat(indicator(server.getLocalPort()).health().getStatus()).isEqualTo(Readiness.DEGRADED);
			greeter.join(5000);
		}
	}

	@Test
	void isDegradedNotDownWhenNothingListens() throws Exception {
		int closed;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = server.getLocalPort();
		}
		var health = indicator(closed).health();
		assertThat(health.getStatus()).isEqualTo(Readiness.DEGRADED).isNotEqualTo(Status.DOWN);
	}

	private static MailServerHealthIndicator indicator(int port) {
		MailProperties mail = new MailProperties();
		mail.setHost(InetAddress.getLoopbackAddress().getHostAddress());
		mail.setPort(port);
		return new MailServerHealthIndicator(mail);
	}

	private static Thread answering(ServerSocket server, String greeting) {
		Thread thread = new Thread(() -> {
			try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
				out.write(greeting.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				client.getInputStream().read(new byte[16]);
			}
			catch (Exception e) {
				// the test's assertion tells what went wrong
			}
		});
		thread.start();
		return thread;
	}
}
