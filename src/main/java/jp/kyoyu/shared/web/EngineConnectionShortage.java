package jp.kyoyu.shared.web;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * A call of Camunda's REST APIs that got past the login and finds no database connection inside Camunda's JAX-RS
 * resource is answered as {@link ConnectionShortage} answers everything else: 503, Retry-After, Kyoyu's Japanese
 * problem. Camunda's exception mappers catch the failure before any servlet filter sees it and answer their own 500
 * with the engine's English text, so the answer is changed once the mapper has made it.
 *
 * <p>Jersey applies a forced auto-discoverable ({@code META-INF/services}) to every JAX-RS application it runs, which
 * here are the engine REST API ({@code /engine-rest}, Spring Boot's Jersey) and the webapps' APIs (servlets Camunda's
 * webapp initializer registers itself, out of reach of Spring's customizers): one registration for all of them.
 * Which mapper Camunda chose does not matter; the cause is looked for in the exception however wrapped.
 */
public final class EngineConnectionShortage implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (!context.getConfiguration().isRegistered(Listener.class)) {
			context.register(Listener.class);
		}
	}

	/** Watches every request of the application for an exception whose cause is the pool's timeout. */
	public static final class Listener implements ApplicationEventListener {

		private static final RequestEventListener ON_MAPPED = event -> {
			if (event.getType() == RequestEvent.Type.EXCEPTION_MAPPING_FINISHED && event.getException() != null
					&& ConnectionShortage.causedBy(event.getException()) && event.getContainerResponse() != null) {
				answer(event.getContainerResponse());
				ConnectionShortage.logged(event.getException());
			}
		};

		@Override
		public void onEvent(ApplicationEvent event) {
			// nothing to do when the application starts or stops
		}

		@Override
		public RequestEventListener onRequest(RequestEvent event) {
			return ON_MAPPED;
		}

		private static void answer(ContainerResponse response) {
			EngineCallRefusal refusal = ConnectionShortage.refusal();
			// remembered too: the filter that writes engine REST error bodies answers a remembered refusal as it is
			EngineCallRefusal.remember(refusal.status(), refusal.problems());
			response.setStatus(refusal.status());
			response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, ConnectionShortage.RETRY_AFTER);
			response.setMediaType(MediaType.valueOf(ApiProblems.MEDIA_TYPE + ";charset=UTF-8"));
			response.setEntity(refusal.body());
		}
	}
}
