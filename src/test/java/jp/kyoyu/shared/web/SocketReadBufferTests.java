package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

/** {@code kyoyu.web.socket-read-buffer} reaches Tomcat's endpoint (a misspelt property would be ignored silently). */
class SocketReadBufferTests {

	@Test
	void theConfiguredSizeIsWhatTheConnectorReadsWith() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new SocketReadBuffer(DataSize.ofKilobytes(64)).customize(factory);
		Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		factory.getTomcatConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
		// Tomcat's endpoint answers its socket properties as text; an untouched connector says 8192, its default
		assertThat(new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL).getProperty("socket.appReadBufSize"))
			.isEqualTo("8192");
		assertThat(connector.getProperty("socket.appReadBufSize")).isEqualTo("65536");
	}
}
