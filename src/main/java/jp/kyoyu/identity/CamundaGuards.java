package jp.kyoyu.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The filters in front of Camunda's engine REST API and webapps APIs. They run after Spring Security (they need the
 * logged-in user) and before Camunda's own authentication filters ({@link CamundaLoginBridge}), so a refused call
 * never reaches the engine. Kept apart from {@link SecurityConfiguration}: these rules are about Camunda's surface,
 * not about Kyoyu's per-function rights.
 */
@Configuration(proxyBeanMethods = false)
class CamundaGuards {

	private static final String[] CAMUNDA_APIS = { "/engine-rest/*", "/camunda/api/*" };

	private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

	@Bean
	FilterRegistrationBean<CamundaSelfServiceGuard> camundaSelfServiceGuard(IdentityTexts texts) {
		return registered(new CamundaSelfServiceGuard(texts));
	}

	@Bean
	FilterRegistrationBean<CamundaEndpointGuard> camundaEndpointGuard(AuthorizationService authorizations,
			IdentityService identity, FeatureRights rights, IdentityTexts texts) {
		return registered(new CamundaEndpointGuard(authorizations, identity, rights, texts));
	}

	@Bean
	FilterRegistrationBean<CamundaTaskGuard> camundaTaskGuard(FeatureRights rights, IdentityTexts texts) {
		return registered(new CamundaTaskGuard(rights, texts));
	}

	@Bean
	FilterRegistrationBean<CamundaColleaguesOnly> camundaColleaguesOnly(FeatureRights rights, Colleagues colleagues,
			IdentityTexts texts) {
		return registered(new CamundaColleaguesOnly(rights, colleagues, texts));
	}

	@Bean
	FilterRegistrationBean<CamundaNamesOnly> camundaNamesOnly(FeatureRights rights) {
		return registered(new CamundaNamesOnly(rights));
	}

	@Bean
	FilterRegistrationBean<EngineErrorBodies> engineErrorBodies(IdentityTexts texts) {
		return registered(new EngineErrorBodies(texts));
	}

	private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registered(F filter) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(CAMUNDA_APIS);
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}
}
