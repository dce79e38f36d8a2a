package jp.kyoyu.shared.web;

import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * When Kyoyu serves HTTPS itself (the {@code tls} profile, docs/tls.md), a second, plain HTTP port
 * ({@code kyoyu.tls.http-port}) answers every request with a redirect to the same URL on the HTTPS port, so a user
 * typing the bare host name still ends up encrypted (X2). Tomcat does the redirect itself: a transport guarantee of
 * CONFIDENTIAL on every path sends a request that arrived unencrypted to the connector's redirect port before any
 * filter or page sees it. A request that came encrypted through a trusted proxy ({@code X-Forwarded-Proto: https},
 * server.forward-headers-strategy) counts as encrypted and is not redirected. Browsers then stay on HTTPS because
 * Spring Security sends HSTS on every HTTPS answer.
 */
@Component
@ConditionalOnExpression("'${server.ssl.bundle:}' != '' and '${kyoyu.tls.http-port:}' != ''")
class HttpsRedirect implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final int httpPort;

	HttpsRedirect(@Value("${kyoyu.tls.http-port}") int httpPort) {
		this.httpPort = httpPort;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Connector http = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		http.setScheme("http");
		http.setPort(httpPort);
		http.setSecure(false);
		http.setRedirectPort(factory.getPort());
		factory.addAdditionalTomcatConnectors(http);
		factory.addContextCustomizers(context -> {
			SecurityConstraint encryptedOnly = new SecurityConstraint();
			encryptedOnly.setUserConstraint("CONFIDENTIAL");
			SecurityCollection everything = new SecurityCollection();
			everything.addPattern("/*");
			encryptedOnly.addCollection(everything);
			context.addConstraint(encryptedOnly);
		});
	}
}
