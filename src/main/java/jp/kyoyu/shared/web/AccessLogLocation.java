package jp.kyoyu.shared.web;

import java.nio.file.Path;

import org.apache.catalina.valves.AccessLogValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The access log (server.tomcat.accesslog, docs/monitoring.md) goes to {@code ${kyoyu.data-dir}/logs}. Tomcat reads
 * a relative directory as relative to its own base directory, a new temporary directory on every start: with the
 * default {@code kyoyu.data-dir: ./data} the log would vanish with each restart. This resolves it against the
 * working directory, as every other path under {@code kyoyu.data-dir} is. Runs after Spring Boot's own Tomcat
 * customizer, which adds the valve.
 */
@Component
class AccessLogLocation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.getEngineValves().stream()
			.filter(AccessLogValve.class::isInstance)
			.map(AccessLogValve.class::cast)
			.filter(valve -> valve.getDirectory() != null && !Path.of(valve.getDirectory()).isAbsolute())
			.forEach(valve -> valve.setDirectory(Path.of(valve.getDirectory()).toAbsolutePath().normalize().toString()));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
