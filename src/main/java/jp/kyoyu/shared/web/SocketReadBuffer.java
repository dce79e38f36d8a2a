package jp.kyoyu.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much Tomcat reads from a connection at once ({@code socket.appReadBufSize}, {@code kyoyu.web.socket-read-buffer}).
 * Tomcat's 8 KB means a 1 GB upload arrives in some 130,000 reads, each through every layer of the connector; a larger
 * buffer means fewer (issue #21, "where the CPU goes", docs/performance.md). Tomcat's default stays: 64 KB measured
 * 1.05–1.37 against 1.46–1.51 server CPU-seconds per 256 MB upload, two pairs on a loaded machine, not enough to pay
 * for a buffer 8 times larger held by every open connection, idle keep-alive ones too. A knob for a quiet re-run.
 */
@Component
class SocketReadBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final DataSize size;

	SocketReadBuffer(@Value("${kyoyu.web.socket-read-buffer:8KB}") DataSize size) {
		this.size = size;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appReadBufSize",
				String.valueOf(size.toBytes())));
	}
}
