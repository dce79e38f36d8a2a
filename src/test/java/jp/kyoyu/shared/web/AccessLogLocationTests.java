package jp.kyoyu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.catalina.valves.AccessLogValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/** A relative access log directory (the default ./data/logs) is pinned to the working directory, not Tomcat's temp dir. */
class AccessLogLocationTests {

	@Test
	void aRelativeDirectoryIsResolvedAgainstTheWorkingDirectoryAndAnAbsoluteOneIsKept() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		AccessLogValve relative = new AccessLogValve();
		relative.setDirectory("./data/logs");
		AccessLogValve absolute = new AccessLogValve();
		absolute.setDirectory("/srv/kyoyu/logs");
		factory.addEngineValves(relative, absolute);

		new AccessLogLocation().customize(factory);

		assertThat(relative.getDirectory()).isEqualTo(Path.of("data/logs").toAbsolutePath().toString());
		assertThat(absolute.getDirectory()).isEqualTo("/srv/kyoyu/logs");
	}
}
