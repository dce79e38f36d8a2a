package jp.kyoyu.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

import jp.kyoyu.shared.Readiness;

/**
 * {@code mailServer} in the readiness group: the SMTP server answers with its greeting (220) within
 * {@link #TIMEOUT}. Only the greeting, not a login or a test mail: the check runs on every probe, and the real
 * sending is watched by {@code kyoyu_mails_failed_total}. DEGRADED, never DOWN, when it does not answer: mail is
 * sent from the event registry and retried, so an SMTP outage must not take the nodes out of a load balancer
 * ({@link Readiness}).
 */
@Component
class MailServerHealthIndicator implements HealthIndicator {

	/** Short, so a hanging SMTP server cannot make the probe itself time out. */
	static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final String host;

	private final int port;

	MailServerHealthIndicator(MailProperties mail) {
		this.host = mail.getHost();
		this.port = mail.getPort() == null ? 25 : mail.getPort();
	}

	@Override
	public Health health() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			OutputStream out = socket.getOutputStream();
			out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Health.Builder health = greeting != null && greeting.startsWith("220") ? Health.up()
					: Health.status(Readiness.DEGRADED);
			return health.withDetail("server", host + ":" + port).build();
		}
		catch (IOException e) {
			return Health.status(Readiness.DEGRADED).withDetail("server", host + ":" + port)
				.withDetail("error", e.getClass().getSimpleName()).build();
		}
	}
}
